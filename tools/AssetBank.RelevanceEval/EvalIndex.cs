using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search;

namespace AssetBank.RelevanceEval;

/// <summary>The relevance set in a real AssetBank index (a temporary folder), searched as the CLI searches it.</summary>
internal sealed class EvalIndex : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assetbank-relevance-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public EvalIndex(Taxonomy taxonomy, IEnumerable<EvalItem> items, Func<EvalItem, IReadOnlyList<SearchTag>> tags, IReadOnlyDictionary<string, string>? settings = null)
    {
        var options = new SearchOptions { IndexPath = _folder };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            // Search options to try (--set ExpansionWeight=0.5): how each step in BENCHMARKS.md was measured before it was kept.
            var property = typeof(SearchOptions).GetProperty(name) ?? throw new ArgumentException($"SearchOptions has no {name}.");
            property.SetValue(options, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }

        _index = new LuceneSearchIndex(options, taxonomy);
        _index.IndexDocumentsAsync(items.Select(i => SearchDocument.ForAsset(i.Id, i.Kind) with { Channel = i.Channel, Title = i.Title, Body = i.Text, Tags = tags(i) }))
            .GetAwaiter().GetResult();
        _index.CommitAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public List<(int Id, double Score)> Search(string text, int top) =>
        _index.SearchAsync(SearchQuery.For(text) with { PageSize = top, IncludeFacets = false, IncludeSnippets = false })
            .GetAwaiter().GetResult().Hits.Select(h => ((int)h.AssetId, (double)h.Score)).ToList();

    public void Dispose()
    {
        _index.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
