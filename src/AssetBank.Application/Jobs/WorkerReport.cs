namespace AssetBank.Application.Jobs;

/// <summary>What one worker process did: jobs done, failed (parked with a reason), rejected (lease lost), given back.</summary>
public sealed record WorkerReport(int Done, int Failed, int Rejected, int Released);
