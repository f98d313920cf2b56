using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Jobs;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Jobs;

/// <summary>
/// <c>assetbank queue add</c>: lists the store under a prefix, records new and changed versions as pending, and queues
/// one job per pending object at the given priority (a fresh upload's high priority overtakes the archive backlog).
/// </summary>
public sealed class EnqueueIngestion(IObjectStore store, IIngestionLedger ledger, IIngestionJobs queue, IOptions<JobOptions> options, IOptions<Ingesting.IngestionOptions> ingestion, TimeProvider time)
{
    private const int BatchSize = 500;

    /// <returns>Objects listed, and jobs added (a key that already has a queued or running job is not queued twice).</returns>
    public Task<(int Listed, int Queued)> EnqueueAsync(string prefix, int priority, CancellationToken cancellationToken) =>
        EnqueueAsync(prefix, priority, retryFailed: false, cancellationToken);

    /// <param name="retryFailed">Also queue unchanged objects whose last run failed.</param>
    public async Task<(int Listed, int Queued)> EnqueueAsync(string prefix, int priority, bool retryFailed, CancellationToken cancellationToken)
    {
        await store.EnsureReadyAsync(cancellationToken);
        var normalized = ObjectKeys.NormalizePrefix(prefix);
        var known = await ledger.GetVersionsAsync(normalized, cancellationToken);
        var listed = 0;
        var queued = 0;
        var batch = new List<StoredObject>();
        await foreach (var item in store.ListAsync(normalized, cancellationToken))
        {
            if (ingestion.Value.ExcludedPrefixes.Any(p => item.Key.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            listed++;
            if (!known.TryGetValue(item.Key, out var version) || version.Status == AssetStatus.Pending || (retryFailed && version.Status == AssetStatus.Failed) || !string.Equals(version.ETag, item.ETag, StringComparison.Ordinal))
            {
                batch.Add(item);
            }

            if (batch.Count == BatchSize)
            {
                queued += await FlushAsync(batch, priority, cancellationToken);
            }
        }

        queued += await FlushAsync(batch, priority, cancellationToken);
        return (listed, queued);
    }

    private async Task<int> FlushAsync(List<StoredObject> batch, int priority, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await ledger.RecordDiscoveredAsync(batch, time.GetUtcNow(), cancellationToken);
        var added = await queue.EnqueueAsync([.. batch.Select(o => o.Key)], priority, options.Value.MaxAttempts, cancellationToken);
        batch.Clear();
        return added;
    }
}
