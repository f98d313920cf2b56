namespace AssetBank.Application.Ingesting;

/// <summary>A snapshot of a running ingestion, reported as it goes.</summary>
/// <param name="ListingComplete">False while the store is still being listed: <see cref="Queued"/> may still grow.</param>
public sealed record IngestionProgress(
    int Listed,
    int Queued,
    int Processed,
    int Failed,
    long BytesProcessed,
    bool ListingComplete,
    TimeSpan Elapsed,
    string? CurrentKey);
