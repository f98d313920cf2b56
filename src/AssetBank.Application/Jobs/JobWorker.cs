using AssetBank.Application.Ingesting;
using AssetBank.Core.Catalog;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Jobs;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Jobs;

/// <summary>
/// <c>assetbank worker</c>: runs ingestion jobs from the shared queue, one per slot at a time, each as an unchanged
/// <see cref="IngestionPipeline"/> run for that one key over a <see cref="FencedLedger"/>, with its lease renewed by a
/// heartbeat. Any number of workers on any machines that reach the catalog and the store can run side by side.
/// </summary>
/// <remarks>
/// Workers write no search index: search nodes follow the catalog's change feed (the next embedded command or
/// <c>assetbank reindex</c> catches up), so many processes never contend for one index folder.
/// </remarks>
public sealed partial class JobWorker(
    IIngestionJobs queue,
    IObjectStore store,
    IIngestionLedger ledger,
    ICatalogMaintenance maintenance,
    IEnumerable<IIngestionStage> stages,
    IEnumerable<IContentPrecheck> prechecks,
    IOptions<IngestionOptions> ingestionOptions,
    IOptions<JobOptions> options,
    ILoggerFactory loggers,
    TimeProvider time)
{
    private readonly ILogger _logger = loggers.CreateLogger<JobWorker>();

    /// <summary>Runs until cancelled, or with <paramref name="untilEmpty"/> until no job is queued or running anywhere.</summary>
    /// <returns>Jobs this process completed, failed (parked), and gave up on (fenced out or released).</returns>
    public async Task<WorkerReport> RunAsync(string workerId, int slots, bool untilEmpty, IProgress<string>? events, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        await maintenance.InitializeAsync(cancellationToken);
        await store.EnsureReadyAsync(cancellationToken);
        var report = new WorkerTally();
        var loops = Enumerable.Range(0, slots).Select(_ => SlotAsync(workerId, untilEmpty, report, events, cancellationToken)).ToList();
        await Task.WhenAll(loops);
        return new WorkerReport(report.Done, report.Failed, report.Rejected, report.Released);
    }

    private async Task SlotAsync(string workerId, bool untilEmpty, WorkerTally tally, IProgress<string>? events, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<JobLease> claimed;
            try
            {
                claimed = await queue.ClaimNextAsync(workerId, settings.ImageBatch, settings.Lease, cancellationToken);
            }
            catch (Core.Errors.CatalogException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The catalog is unreachable (a restart, a network cut): keep asking; nothing is held.
                LogClaimFailed(_logger, e, workerId);
                await Task.Delay(settings.IdlePoll * 2, cancellationToken);
                continue;
            }

            if (claimed.Count == 0)
            {
                if (untilEmpty && await QueueIsEmptyAsync(cancellationToken))
                {
                    return;
                }

                await Task.Delay(settings.IdlePoll, cancellationToken);
                continue;
            }

            await RunClaimedAsync(claimed, tally, events, cancellationToken);
        }
    }

    /// <summary>Runs a claim's jobs one after another; an image batch's later leases are kept alive while they wait.</summary>
    private async Task RunClaimedAsync(IReadOnlyList<JobLease> claimed, WorkerTally tally, IProgress<string>? events, CancellationToken cancellationToken)
    {
        await using var waiting = new WaitingLeases(queue, options.Value, claimed.Skip(1));
        try
        {
            foreach (var lease in claimed)
            {
                if (!waiting.TryStart(lease))
                {
                    Interlocked.Increment(ref tally.Rejected);
                    events?.Report($"job {lease.JobId} {lease.Key}: lease lost while it waited in its batch, nothing written");
                    continue;
                }

                await RunJobAsync(lease, tally, events, cancellationToken);
            }
        }
        finally
        {
            await waiting.ReturnAllAsync();
        }
    }

    private async Task<bool> QueueIsEmptyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await queue.GetStatusAsync(cancellationToken);
            return !status.Counts.Any(c => c.State is "queued" or "running" && c.Count > 0);
        }
        catch (Core.Errors.CatalogException)
        {
            return false;
        }
    }

    private async Task RunJobAsync(JobLease lease, WorkerTally tally, IProgress<string>? events, CancellationToken cancellationToken)
    {
        using var job = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fenced = new FencedLedger(ledger, queue, lease);
        var heartbeat = HeartbeatAsync(lease, job);
        LogClaimed(_logger, lease.JobId, lease.Key, lease.Attempt, lease.Worker);
        try
        {
            var pipeline = new IngestionPipeline(
                store, fenced, maintenance, stages, ingestionOptions, loggers.CreateLogger<IngestionPipeline>(),
                new CatalogCommitFeed([], NullLogger<CatalogCommitFeed>.Instance), prechecks, time);
            var result = await pipeline.RunAsync(new IngestionRequest(Keys: [lease.Key], RetryFailed: true), null, job.Token);
            if (result.Failed > 0)
            {
                Interlocked.Increment(ref tally.Failed);
                events?.Report($"job {lease.JobId} {lease.Key}: failed ({result.Failures[0].Reason})");
            }
            else
            {
                if (!fenced.Closed && !await queue.FinishAsync(lease, cancellationToken))
                {
                    throw new Core.Errors.CatalogException(lease.Key, "lease lost before the job could be closed");
                }

                Interlocked.Increment(ref tally.Done);
                events?.Report($"job {lease.JobId} {lease.Key}: done (attempt {lease.Attempt})");
            }

            LogFinished(_logger, lease.JobId, lease.Key, lease.Attempt, result.Failed > 0 ? "failed" : "done");
        }
        catch (Exception e) when (fenced.LeaseLost || (job.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            Interlocked.Increment(ref tally.Rejected);
            LogRejected(_logger, e, lease.JobId, lease.Key, lease.Attempt);
            events?.Report($"job {lease.JobId} {lease.Key}: lease lost, nothing written (attempt {lease.Attempt})");
        }
        catch (Exception e) when (e is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref tally.Released);
            LogReleased(_logger, e, lease.JobId, lease.Key, lease.Attempt);
            try
            {
                await queue.ReleaseAsync(lease, e.Message, CancellationToken.None);
            }
            catch (Core.Errors.CatalogException release)
            {
                // The lease runs out by itself and another claim takes the job.
                LogReleased(_logger, release, lease.JobId, lease.Key, lease.Attempt);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
        }
        finally
        {
            await job.CancelAsync();
            await heartbeat;
        }
    }

    /// <summary>Renews the lease until the job ends; cancels the job when the lease is gone (so its run stops writing).</summary>
    private async Task HeartbeatAsync(JobLease lease, CancellationTokenSource job)
    {
        var settings = options.Value;
        while (!job.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.Heartbeat, job.Token);
                if (!await queue.RenewAsync(lease, settings.Lease, job.Token))
                {
                    await job.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Core.Errors.CatalogException e)
            {
                // One missed beat is not a lost lease: the lease outlives several beats.
                LogHeartbeatFailed(_logger, e, lease.JobId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} {Key} attempt {Attempt} claimed by {Worker}")]
    private static partial void LogClaimed(ILogger logger, long jobId, string key, int attempt, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} {Key} attempt {Attempt} {Outcome}")]
    private static partial void LogFinished(ILogger logger, long jobId, string key, int attempt, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} {Key} attempt {Attempt}: lease lost; this run's outcome was rejected and wrote nothing")]
    private static partial void LogRejected(ILogger logger, Exception exception, long jobId, string key, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} {Key} attempt {Attempt} given back to the queue")]
    private static partial void LogReleased(ILogger logger, Exception exception, long jobId, string key, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {Worker} could not claim a job; trying again")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: heartbeat failed; retrying at the next beat")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception, long jobId);

    private sealed class WorkerTally
    {
        public int Done;
        public int Failed;
        public int Rejected;
        public int Released;
    }
}
