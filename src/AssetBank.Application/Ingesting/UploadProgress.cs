namespace AssetBank.Application.Ingesting;

public sealed record UploadProgress(int Uploaded, int Total, string LastKey)
{
    /// <summary>Why the last file was refused (it was not stored); null when it was stored.</summary>
    public string? Problem { get; init; }
}
