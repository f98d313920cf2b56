using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Evaluation;

/// <summary>Per-dimension precision and recall of a tagger on a sample set, and the misses.</summary>
public sealed record TaggingEvaluation(int Samples, IReadOnlyList<DimensionScore> Dimensions, IReadOnlyList<TaggingMiss> Misses)
{
    public DimensionScore this[TagDimension dimension] => Dimensions.First(d => d.Dimension == dimension);

    public double MacroPrecision => Dimensions.Count == 0 ? 0 : Dimensions.Average(d => d.Precision);

    public double MacroRecall => Dimensions.Count == 0 ? 0 : Dimensions.Average(d => d.Recall);
}
