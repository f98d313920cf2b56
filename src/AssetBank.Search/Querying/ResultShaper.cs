using AssetBank.Core.Assets;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Collecting;
using AssetBank.Search.Indexing;
using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>Turns scored documents and collected counts into hits, groups and facets.</summary>
internal sealed class ResultShaper(Taxonomy taxonomy, DocumentMapper mapper, SnippetBuilder snippets)
{
    private readonly Taxonomy _taxonomy = taxonomy;
    private readonly DocumentMapper _mapper = mapper;
    private readonly SnippetBuilder _snippets = snippets;

    public SearchHit Hit(IndexSearcher searcher, int doc, float score, IReadOnlyList<ResolvedTerm> resolved, BuiltQuery built, bool snippets)
    {
        var stored = searcher.Doc(doc);
        var snippet = snippets ? _snippets.Build(stored, built.HighlightTerms, stored.GetField(SearchFields.Shot) is not null) : null;
        return _mapper.ToHit(stored, score, resolved, snippet);
    }

    /// <summary>The tags stored on a document.</summary>
    public IReadOnlyList<SearchTag> Tags(IndexSearcher searcher, int doc) => _mapper.ToHit(searcher.Doc(doc), 0, [], null).Tags;

    public List<SearchGroup> Groups(SearchCollector collector, IndexSearcher searcher, IReadOnlyList<ResolvedTerm> resolved, BuiltQuery built, SearchQuery query)
    {
        var groups = new List<SearchGroup>();
        if (!query.IncludeFacets && query.HitsPerGroup <= 0)
        {
            return groups;
        }

        foreach (var (key, count) in collector.Groups)
        {
            var topHits = collector.GroupTopDocs.TryGetValue(key, out var docs)
                ? docs.Select(d => Hit(searcher, d.Doc, d.Score, resolved, built, query.IncludeSnippets)).ToList()
                : [];
            groups.Add(new SearchGroup(key.Kind, key.Channel, SearchGroupLabels.Label(key.Kind, key.Channel), count) { TopHits = topHits });
        }

        // Two keys may read the same (a KOL list with and without a channel): one label, one group.
        return groups.GroupBy(g => g.Label, StringComparer.Ordinal)
            .Select(same => same.Count() == 1 ? same.First() : same.OrderByDescending(g => g.Count).First() with
            {
                Count = same.Sum(g => g.Count),
                TopHits = same.SelectMany(g => g.TopHits).OrderByDescending(h => h.Score).Take(Math.Max(0, query.HitsPerGroup)).ToList(),
            })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList();
    }

    public static List<FacetValue> Kinds(SearchCollector collector) => collector.Groups
        .GroupBy(p => p.Key.Kind, StringComparer.Ordinal)
        .Select(g => new FacetValue(g.Key, AssetKindNames.ToChinese(AssetKindNames.FromWire(g.Key)), g.Sum(p => p.Value)))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
        .ToList();

    public static List<FacetValue> Channels(SearchCollector collector) => collector.Groups
        .Where(p => p.Key.Channel is not null)
        .GroupBy(p => p.Key.Channel!, StringComparer.Ordinal)
        .Select(g => new FacetValue(g.Key, g.Key, g.Sum(p => p.Value)))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
        .ToList();

    public List<DimensionFacet> Facets(SearchCollector collector, int limit) => TagDimensions.All
        .Select(dimension => new DimensionFacet(
            dimension,
            collector.TermCounts(dimension)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(p => new FacetValue(p.Key, _taxonomy.FindById(p.Key)?.Label ?? p.Key, p.Value))
                .ToList()))
        .ToList();
}
