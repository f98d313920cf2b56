namespace AssetBank.Ingestion.Notifications;

/// <summary>One object change announced by the store.</summary>
public sealed record BucketEvent(BucketEventKind Kind, string Bucket, string Key, string? ETag, long? Size);
