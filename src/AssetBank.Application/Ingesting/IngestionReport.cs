using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>What one ingestion run did.</summary>
/// <param name="Unchanged">Listed objects whose ETag matched a processed (or failed) catalog entry: no work done.</param>
public sealed record IngestionReport(
    int Listed,
    int Unchanged,
    int Processed,
    int Failed,
    int Deleted,
    long BytesProcessed,
    TimeSpan Elapsed,
    IReadOnlyDictionary<AssetKind, int> ProcessedByKind,
    IReadOnlyList<IngestionFailure> Failures)
{
    /// <summary>Model tokens the tagging stage spent in this run (zero for the lexicon tagger and cache hits).</summary>
    public long TokensUsed { get; init; }

    /// <summary>Where the time went: per stage (with "copy" from the store and "commit" to the catalog) and kind.</summary>
    public IReadOnlyList<StageTime> StageTimes { get; init; } = [];

    public double ObjectsPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesProcessed / 1048576.0 / Elapsed.TotalSeconds : 0;
}
