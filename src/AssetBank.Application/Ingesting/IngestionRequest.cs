namespace AssetBank.Application.Ingesting;

/// <summary>What to ingest: everything under a prefix (with deletion detection) or an explicit list of keys.</summary>
public sealed record IngestionRequest(string Prefix = "", IReadOnlyList<string>? Keys = null, bool? RetryFailed = null)
{
    public static IngestionRequest Everything { get; } = new();
}
