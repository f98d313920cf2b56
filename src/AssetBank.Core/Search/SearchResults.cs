namespace AssetBank.Core.Search;

/// <summary>One page of hits for a query, with counts over every matching document.</summary>
public sealed record SearchResults
{
    /// <summary>Documents matching the query and filters.</summary>
    public required long TotalHits { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Matches per kind and channel (<c>TVC 3 · 小红书笔记 15 · 抖音热梗 8</c>), largest first.</summary>
    public IReadOnlyList<SearchGroup> Groups { get; init; } = [];

    /// <summary>Matches per kind wire name, largest first.</summary>
    public IReadOnlyList<FacetValue> Kinds { get; init; } = [];

    /// <summary>Matches per channel, largest first.</summary>
    public IReadOnlyList<FacetValue> Channels { get; init; } = [];

    /// <summary>Per dimension, in canonical dimension order, the most frequent terms among the matches.</summary>
    public IReadOnlyList<DimensionFacet> Facets { get; init; } = [];

    /// <summary>How the query text was read: which parts became dimension terms, filters and free text, and any notes.</summary>
    public required QueryInterpretation Interpretation { get; init; }

    /// <summary>With no or few results: nearer queries that find something (a part dropped, a taxonomy label, a spelling neighbour).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Time spent in the index, for the caller's logs.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The groups as one line, e.g. <c>TVC 3 · 小红书笔记 15 · 抖音热梗 8</c>.</summary>
    public string GroupSummary => string.Join(" · ", Groups.Select(g => g.ToString()));

    /// <summary>Whether a later page has more hits.</summary>
    public bool HasMore => (long)Page * PageSize < TotalHits;
}
