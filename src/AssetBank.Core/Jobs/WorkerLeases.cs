namespace AssetBank.Core.Jobs;

/// <summary>The jobs one worker holds now and when its earliest lease runs out.</summary>
public sealed record WorkerLeases(string Worker, int Jobs, DateTimeOffset EarliestExpiry);
