using AssetBank.Core.Media;

namespace AssetBank.Media;

/// <summary>The analysis of one version of one object, as <see cref="MediaStage"/> hands it on.</summary>
public sealed record MediaAnalysisResult(string Key, string ETag, MediaAnalysis Analysis);
