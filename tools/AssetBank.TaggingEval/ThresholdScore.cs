namespace AssetBank.TaggingEval;

/// <summary>The overall scores when only tags at or above <see cref="MinConfidence"/> count.</summary>
public sealed record ThresholdScore(double MinConfidence, ScoreSummary Overall);
