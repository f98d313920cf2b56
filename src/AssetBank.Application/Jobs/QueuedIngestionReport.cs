namespace AssetBank.Application.Jobs;

/// <summary>What a queued <c>ingest</c> did: objects listed, jobs added, and what its in-process worker did (null when it only queued).</summary>
public sealed record QueuedIngestionReport(int Listed, int Queued, WorkerReport? Worked);
