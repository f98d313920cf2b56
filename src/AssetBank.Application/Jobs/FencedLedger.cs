using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Jobs;

/// <summary>
/// The ingestion ledger as one job's pipeline run sees it: every write goes through only while the job still carries
/// this lease, and the outcome (processed or failed) commits in the job's own transaction. A worker that lost its
/// lease (frozen, cut off) writes nothing; its run stops with <see cref="LeaseLost"/> set.
/// </summary>
internal sealed class FencedLedger(IIngestionLedger inner, IIngestionJobs queue, JobLease lease) : IIngestionLedger
{
    public bool LeaseLost { get; private set; }

    /// <summary>Set once the job's outcome is committed (processed or failed).</summary>
    public bool Closed { get; private set; }

    public Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        inner.GetVersionsAsync(prefix, cancellationToken);

    public Task<CatalogVersion?> GetVersionAsync(string key, CancellationToken cancellationToken) =>
        inner.GetVersionAsync(key, cancellationToken);

    public async Task RecordDiscoveredAsync(IReadOnlyList<StoredObject> objects, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await EnsureHeldAsync(cancellationToken);
        await inner.RecordDiscoveredAsync(objects, seenAt, cancellationToken);
    }

    public async Task RecordAttemptAsync(string key, string stage, bool newAttempt, long peakMemoryBytes, CancellationToken cancellationToken)
    {
        await EnsureHeldAsync(cancellationToken);
        await inner.RecordAttemptAsync(key, stage, newAttempt, peakMemoryBytes, cancellationToken);
    }

    public async Task ForgetAttemptAsync(string key, CancellationToken cancellationToken)
    {
        if (await queue.HoldsAsync(lease, cancellationToken))
        {
            await inner.ForgetAttemptAsync(key, cancellationToken);
        }
    }

    public async Task MarkDeletedAsync(IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await EnsureHeldAsync(cancellationToken);
        await inner.MarkDeletedAsync(keys, at, cancellationToken);
    }

    public async Task<Asset> SaveProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        var saved = await queue.CommitAsync(lease, asset, derived, cancellationToken);
        if (saved is null)
        {
            throw Lost();
        }

        Closed = true;
        return saved;
    }

    public async Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Called by the pipeline for an object that cannot be processed: a verdict on the content, not worth retrying.
        if (!await queue.FailAsync(lease, etag, reason, at, cancellationToken))
        {
            throw Lost();
        }

        Closed = true;
    }

    private async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        if (!await queue.HoldsAsync(lease, cancellationToken))
        {
            throw Lost();
        }
    }

    private CatalogException Lost()
    {
        LeaseLost = true;
        return new CatalogException(lease.Key, $"job {lease.JobId} attempt {lease.Attempt} is no longer held by {lease.Worker} (its lease ran out and another worker took it); nothing of this run was written");
    }
}
