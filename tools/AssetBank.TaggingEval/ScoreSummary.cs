using AssetBank.Core.Tagging;
using AssetBank.Tagging.Evaluation;

namespace AssetBank.TaggingEval;

/// <summary>Per-dimension scores of one group of items (all, assets, parts, one kind), micro-averaged over its items.</summary>
/// <param name="Name">The group: <c>overall</c>, <c>assets</c>, <c>parts</c> or a kind.</param>
/// <param name="Items">Judged items in the group (off-topic parts are not).</param>
public sealed record ScoreSummary(string Name, int Items, IReadOnlyList<DimensionScore> Dimensions)
{
    public DimensionScore this[TagDimension dimension] => Dimensions.First(d => d.Dimension == dimension);
}
