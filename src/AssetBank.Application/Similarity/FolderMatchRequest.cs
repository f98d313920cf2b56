namespace AssetBank.Application.Similarity;

/// <summary>The batch check: every picture and video keyframe under <paramref name="QueriesFolder"/> against every one under <paramref name="ReferencesFolder"/>.</summary>
/// <param name="ThresholdPercent">Alarm threshold; null takes the configured one.</param>
public sealed record FolderMatchRequest(string ReferencesFolder, string QueriesFolder, double? ThresholdPercent = null);
