namespace AssetBank.Core.Jobs;

/// <summary>
/// A worker's claim on one job (one pipeline run for one object version). <paramref name="Attempt"/> and
/// <paramref name="Worker"/> are the fencing token: a completion counts only while the job still carries both.
/// </summary>
public sealed record JobLease(long JobId, string Key, int Attempt, string Worker, DateTimeOffset ExpiresAt);
