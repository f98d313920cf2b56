namespace AssetBank.Application.Jobs;

/// <summary>
/// <c>assetbank ingest</c> on a PostgreSQL bank (or with <c>--enqueue-only</c>): records new and changed versions as
/// pending and queues one job each at normal priority, then, unless asked only to queue, works the queue in this
/// process until no job is queued or running, so that one machine on its own still just ingests.
/// </summary>
public sealed class QueuedIngestion(EnqueueIngestion enqueue, JobWorker worker)
{
    public async Task<QueuedIngestionReport> RunAsync(string prefix, bool retryFailed, bool enqueueOnly, string workerId, int slots, IProgress<string>? events, CancellationToken cancellationToken)
    {
        var (listed, queued) = await enqueue.EnqueueAsync(prefix, JobPriorities.Normal, retryFailed, cancellationToken);
        var worked = enqueueOnly ? null : await worker.RunAsync(workerId, slots, untilEmpty: true, events, cancellationToken);
        return new QueuedIngestionReport(listed, queued, worked);
    }
}
