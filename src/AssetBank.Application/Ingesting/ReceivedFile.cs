using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>What became of one received file: stored under <paramref name="Key"/> and ingested, or refused and why.</summary>
public sealed record ReceivedFile(string FileName, string? Key, long Bytes, AssetStatus? Status, string? Problem)
{
    public bool Accepted => Problem is null;

    /// <summary>Why ingestion failed after the file was stored (a damaged video…); the file stays in the store.</summary>
    public string? IngestionFailure { get; init; }
}
