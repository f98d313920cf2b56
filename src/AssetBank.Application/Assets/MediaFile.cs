namespace AssetBank.Application.Assets;

/// <summary>A deliverable file of an asset: its object key, content type and size.</summary>
public sealed record MediaFile(string Key, string ContentType, long Size, DateTimeOffset LastModified, string ETag);
