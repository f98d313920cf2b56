using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>
/// The most frequent terms of one dimension among the matches, largest first. A document tagged with a narrower term
/// counts for the broader one too (婴童喂养 counts for 母婴), the same rule the dimension filters follow, so selecting a
/// facet value yields exactly its count.
/// </summary>
public sealed record DimensionFacet(TagDimension Dimension, IReadOnlyList<FacetValue> Values);
