namespace AssetBank.Core.Jobs;

/// <summary>A job given up on (failed), with its reason.</summary>
public sealed record ParkedJob(long JobId, string Key, int Attempts, string Reason);
