namespace AssetBank.Application.Jobs;

/// <summary>Configuration section <c>Jobs</c>: leases, heartbeats and the attempt limit of ingestion jobs.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>How long a claim holds without a heartbeat; a lost worker's job is claimed again after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a worker renews its leases (well inside <see cref="Lease"/>).</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Claims per job before it is parked as failed with its reason.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Images a worker slot claims at once (one round trip to the queue for several small jobs, run one after
    /// another); videos and documents are always claimed one at a time. 1 turns batching off.
    /// </summary>
    public int ImageBatch { get; set; } = 8;

    /// <summary>How long an idle worker waits before asking the queue again.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Set by the host when the catalog is PostgreSQL (not a setting to write by hand): <c>ingest</c> and web uploads
    /// then queue jobs for workers instead of running the pipeline inside their own process.
    /// </summary>
    public bool QueueIngestion { get; set; }
}
