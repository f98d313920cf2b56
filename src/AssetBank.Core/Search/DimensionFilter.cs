using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>Keeps only documents tagged with a term (or one of its narrower terms) of a dimension.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Term">A term id (<c>industry.maternal-baby</c>), label (母婴) or synonym.</param>
public sealed record DimensionFilter(TagDimension Dimension, string Term);
