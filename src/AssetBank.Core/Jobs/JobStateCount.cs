namespace AssetBank.Core.Jobs;

/// <summary>How many jobs are in one state at one priority.</summary>
public sealed record JobStateCount(string State, int Priority, long Count);
