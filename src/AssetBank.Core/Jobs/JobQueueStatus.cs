namespace AssetBank.Core.Jobs;

/// <summary>The queue at a glance: depth by state and priority, throughput, the oldest waiting job, leases per worker.</summary>
public sealed record JobQueueStatus(
    IReadOnlyList<JobStateCount> Counts,
    long DoneLastMinute,
    long DoneLastHour,
    DateTimeOffset? OldestQueuedAt,
    IReadOnlyList<WorkerLeases> Workers,
    IReadOnlyList<ParkedJob> RecentlyParked);
