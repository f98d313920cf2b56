using System.Globalization;
using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.RelevanceEval;
using AssetBank.Search;
using AssetBank.Tagging.Taxonomies;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

// Relevance of AssetBank's search on a set of its own (see RelevanceSet), beside plain BM25 baselines measured in the
// same run: CJK bigrams (a stock Lucene setup for Chinese) and SmartCn words. Items are indexed untagged, as a tagger
// that missed everything would leave them: what is found is found through text, expansion and feedback.
// usage: dotnet run -c Release --project tools/AssetBank.RelevanceEval [-- --verbose]
var verbose = args.Contains("--verbose");
var items = RelevanceSet.Items();
var queries = RelevanceSet.Queries(items);
var taxonomy = TaxonomyLoader.LoadDefault();
var folder = Path.Combine(Path.GetTempPath(), "assetbank-relevance-" + Guid.NewGuid().ToString("N"));
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"Relevance set: {items.Count} items ({string.Join(", ", items.GroupBy(i => i.Form).Select(g => $"{g.Key} {g.Count()}"))}; {items.Count(i => i.Text.Any(c => c is '這' or '們' or '個' or '時' or '後'))} in traditional characters), {queries.Count} queries ({string.Join(", ", queries.GroupBy(q => q.Shape).Select(g => $"{g.Key} {g.Count()}"))})."));

try
{
    var systems = new List<(string Name, Func<string, List<int>> Search)>();
    using var index = new LuceneSearchIndex(new SearchOptions { IndexPath = folder }, taxonomy);
    await index.IndexDocumentsAsync(items.Select(i => SearchDocument.ForAsset(i.Id, i.Kind) with { Channel = i.Channel, Title = i.Title, Body = i.Text }));
    await index.CommitAsync(CancellationToken.None);
    systems.Add(("AssetBank", text => index.SearchAsync(SearchQuery.For(text) with { PageSize = 20, IncludeFacets = false, IncludeSnippets = false }).GetAwaiter().GetResult().Hits.Select(h => (int)h.AssetId).ToList()));
    using var bigrams = new PlainBm25(new ChineseBigramAnalyzer(), items);
    systems.Add(("BM25 CJK bigrams", text => bigrams.Search(text, 20)));
    using var smartCn = new PlainBm25(new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), items);
    systems.Add(("BM25 SmartCn", text => smartCn.Search(text, 20)));

    Console.WriteLine();
    Console.WriteLine("| system | shape | queries | nDCG@10 | recall@20 | MRR |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    foreach (var (name, search) in systems)
    {
        var scored = queries.Select(q =>
        {
            var grades = items.Select(i => (i.Id, Grade: q.Grade(i))).Where(p => p.Grade > 0).ToDictionary(p => p.Id, p => p.Grade);
            var ranked = search(q.Text);
            if (verbose && name == "AssetBank")
            {
                Console.WriteLine(string.Create(culture, $"  {q.Shape,-9} {q.Text,-28} top: {string.Join(' ', ranked.Take(5).Select(id => $"{id}:{grades.GetValueOrDefault(id)}"))}"));
            }

            return (q.Shape, Metrics: Metrics.Score(ranked, grades));
        }).ToList();
        foreach (var shape in scored.GroupBy(s => s.Shape).Append(scored.GroupBy(_ => "all").Single()))
        {
            Console.WriteLine(string.Create(culture, $"| {name} | {shape.Key} | {shape.Count()} | {shape.Average(s => s.Metrics.Ndcg):F3} | {shape.Average(s => s.Metrics.Recall):F3} | {shape.Average(s => s.Metrics.Mrr):F3} |"));
        }
    }
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}
