namespace AssetBank.Core.Assets;

/// <summary>One object in the store as the catalog knows it, plus what ingestion derived from it.</summary>
public sealed record Asset
{
    public long Id { get; init; }

    public required string Key { get; init; }

    public required string ETag { get; init; }

    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content; null until processed.</summary>
    public string? ContentSha256 { get; init; }

    public AssetKind Kind { get; init; }

    public ContentFormat Format { get; init; }

    /// <summary>MIME type decided from content.</summary>
    public string? ContentType { get; init; }

    public AssetStatus Status { get; init; }

    public string? FailureReason { get; init; }

    public DateTimeOffset FirstSeen { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    public DateTimeOffset? ProcessedAt { get; init; }

    public DateTimeOffset StoreLastModified { get; init; }

    /// <summary>An id from another system (spreadsheet import, another DAM), kept for traceability.</summary>
    public string? ExternalId { get; init; }

    public AssetMetadata Metadata { get; init; } = AssetMetadata.Empty;
}
