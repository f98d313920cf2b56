namespace AssetBank.Storage.FileSystem;

/// <summary>What the folder store keeps beside each object: its ETag and the facts HTTP would carry.</summary>
internal sealed record ObjectSidecar(
    string ETag,
    long Size,
    long LastWriteTicksUtc,
    string? ContentType,
    Dictionary<string, string> Metadata);
