namespace AssetBank.Core.Search;

/// <summary>What the user asked: query text (with its own syntax, see the remarks) and explicit filters.</summary>
/// <remarks>
/// The text is split on separators (space, comma, 、, —, -, ×) and each part resolved against the taxonomy; explicit
/// <c>行业:母婴</c>, <c>kind:video</c>, <c>channel:小红书</c>, <c>client:…</c> and <c>date:2023..2024</c> parts act as filters.
/// Filters given here and in the text combine: values of one field are alternatives, different fields all apply.
/// Out-of-range paging values are clamped, never rejected.
/// </remarks>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    /// <summary>Kind wire names (<c>video</c>, <c>social</c>…); empty for all.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Channels (TVC, 小红书, 抖音…); empty for all.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    public IReadOnlyList<string> Clients { get; init; } = [];

    /// <summary>Required dimension terms (narrower terms count: 母婴 keeps items tagged 婴童喂养).</summary>
    public IReadOnlyList<DimensionFilter> Dimensions { get; init; } = [];

    /// <summary>Inclusive lower bound of <see cref="SearchDocument.Created"/>.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Exclusive upper bound of <see cref="SearchDocument.Created"/>.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Only documents whose recorded terms allow this medium (a <see cref="Rights.RightsVocabulary.Media"/> id) on <see cref="UsableOn"/>.</summary>
    public string? UsableFor { get; init; }

    /// <summary>Only documents whose recorded terms allow this territory (a <see cref="Rights.RightsVocabulary.Territories"/> id) on <see cref="UsableOn"/>.</summary>
    public string? UsableIn { get; init; }

    /// <summary>The day the rights filter asks about (the search's today); required when <see cref="UsableFor"/> or <see cref="UsableIn"/> is set.</summary>
    public DateOnly? UsableOn { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Whether to count facets (dimensions, kinds, channels) and groups over all matching documents.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>How many terms to return per dimension facet.</summary>
    public int FacetLimit { get; init; } = 10;

    /// <summary>When above zero, each group in <see cref="SearchResults.Groups"/> carries its own best hits, this many.</summary>
    public int HitsPerGroup { get; init; }

    /// <summary>Whether hits carry a highlighted snippet.</summary>
    public bool IncludeSnippets { get; init; } = true;

    public static SearchQuery For(string? text) => new() { Text = text };
}
