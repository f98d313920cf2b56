using System.Collections.Concurrent;
using System.Diagnostics;
using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>The counters, failures and stage times of one <see cref="IngestionPipeline"/> run, shared by its workers.</summary>
internal sealed class IngestionRunState(IProgress<IngestionProgress>? progress, Stopwatch clock)
{
    public int Listed;
    public int Unchanged;
    public int QueuedCount;
    public int ProcessedCount;
    public int FailedCount;
    public long Bytes;
    public long Tokens;
    public volatile bool ListingComplete;
    public Exception? Fatal;

    public Stopwatch Clock { get; } = clock;

    public ConcurrentDictionary<AssetKind, int> ByKind { get; } = new();

    public ConcurrentBag<IngestionFailure> Failures { get; } = [];

    public StageClock Stages { get; } = new();

    public int Processed => Volatile.Read(ref ProcessedCount);

    public int Failed => Volatile.Read(ref FailedCount);

    public void Report(string? currentKey) =>
        progress?.Report(new IngestionProgress(
            Volatile.Read(ref Listed),
            Volatile.Read(ref QueuedCount),
            Processed,
            Failed,
            Interlocked.Read(ref Bytes),
            ListingComplete,
            Clock.Elapsed,
            currentKey));
}
