namespace AssetBank.Core.Tagging;

/// <summary>One controlled-vocabulary entry of the taxonomy, e.g. 母婴 (industry) or 夜醒 (scenario).</summary>
/// <param name="Id">Stable id, unique across the taxonomy (e.g. <c>industry.maternal-baby</c>); tags refer to it.</param>
/// <param name="Dimension">The dimension the term belongs to.</param>
/// <param name="Label">The Chinese label shown to users and written to the index; unique within the dimension.</param>
/// <param name="EnglishLabel">English label for reports and non-Chinese readers; may be empty.</param>
public sealed record TaxonomyTerm(string Id, TagDimension Dimension, string Label, string EnglishLabel)
{
    /// <summary>Other names for the same term (matched like the label, used for query expansion and to map model answers).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Words that hint at the term without naming it, each with a weight.</summary>
    public IReadOnlyList<WeightedKeyword> Keywords { get; init; } = [];

    /// <summary>Phrases that argue against the term (negations such as 不焦虑, or look-alikes such as 购物车 for 汽车).</summary>
    public IReadOnlyList<string> NegativeKeywords { get; init; } = [];

    /// <summary>The broader term of the same dimension (母婴 for 婴童喂养), or null for a top-level term.</summary>
    public string? ParentId { get; init; }
}
