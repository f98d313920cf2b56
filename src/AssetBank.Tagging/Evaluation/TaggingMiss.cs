using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Evaluation;

/// <summary>A judged sample and dimension where the expected label was not the top prediction (for tuning the taxonomy).</summary>
public sealed record TaggingMiss(string SampleId, TagDimension Dimension, string Expected, IReadOnlyList<string> Predicted);
