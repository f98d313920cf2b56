using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;

namespace AssetBank.Core.Jobs;

/// <summary>
/// The ingestion job queue in the catalog: one job per object version to process, claimed by workers on any machine
/// under a lease they renew, completed in the same transaction as the catalog writes only while the lease still holds.
/// </summary>
public interface IIngestionJobs
{
    /// <summary>Queues a job per key unless one is already queued or running for it; returns how many were added.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<string> keys, int priority, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="count"/> jobs, highest priority first then oldest, including jobs whose lease ran
    /// out (a lost worker); each claim is a new attempt. Jobs that ran out of attempts are parked as failed instead.
    /// </summary>
    Task<IReadOnlyList<JobLease>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// What a worker slot asks for: the next job as <see cref="ClaimAsync"/> would give it and, when that job is an
    /// image (<see cref="JobKinds"/>), up to <paramref name="imageBatch"/> − 1 more queued images of the same
    /// priority in the same claim, oldest first — one round trip for a batch of small jobs. Each is its own lease.
    /// </summary>
    Task<IReadOnlyList<JobLease>> ClaimNextAsync(string worker, int imageBatch, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease; false when the job is no longer this lease's (it expired and was claimed again).</summary>
    Task<bool> RenewAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>True while the job still carries this lease's worker and attempt and runs.</summary>
    Task<bool> HoldsAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Saves the processed asset and closes the job in one transaction; null (nothing written) when fenced out.</summary>
    Task<Asset?> CommitAsync(JobLease lease, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken);

    /// <summary>Records the object version as failed and parks the job with the reason, in one transaction; false when fenced out.</summary>
    Task<bool> FailAsync(JobLease lease, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Closes a job that needed no commit (unchanged, deleted); false when fenced out.</summary>
    Task<bool> FinishAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Gives the job back to the queue (a stop, a transient error); parked as failed when out of attempts.</summary>
    Task ReleaseAsync(JobLease lease, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back a job claimed in a batch that this worker never started (it is stopping): queued again, and the
    /// claim does not count as an attempt. False when fenced out.
    /// </summary>
    Task<bool> ReturnUnstartedAsync(JobLease lease, CancellationToken cancellationToken);

    Task<JobQueueStatus> GetStatusAsync(CancellationToken cancellationToken);
}
