using System.Globalization;
using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.RelevanceEval;
using AssetBank.Search;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

// Relevance of AssetBank's search on a set of its own (see RelevanceSet), beside plain BM25 baselines measured in the
// same run: CJK bigrams (a stock Lucene setup for Chinese) and SmartCn words. AssetBank is measured twice: with the
// items untagged (a tagger that missed everything) and tagged by the offline lexicon tagger as ingestion tags them.
// usage: dotnet run -c Release --project tools/AssetBank.RelevanceEval [-- --verbose] [-- --dump] [-- --set SearchOption=value …]
var verbose = args.Contains("--verbose");
var settings = args.Zip(args.Skip(1)).Where(p => p.First == "--set").Select(p => p.Second.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
var items = RelevanceSet.Items();
var queries = RelevanceSet.Queries(items);
var taxonomy = TaxonomyLoader.LoadDefault();
var culture = CultureInfo.InvariantCulture;
if (args.Contains("--dump"))
{
    EvalDump.Write(items, queries, Console.Out);
    return;
}

Console.WriteLine(string.Create(culture, $"Relevance set: {items.Count} items ({string.Join(", ", items.GroupBy(i => i.Form).Select(g => $"{g.Key} {g.Count()}"))}; {items.Count(i => i.Text.Any(c => c is '這' or '們' or '個' or '時' or '後'))} in traditional characters), {queries.Count} queries ({string.Join(", ", queries.GroupBy(q => q.Shape).Select(g => $"{g.Key} {g.Count()}"))})."));

var tagger = new LexiconTagger(taxonomy);
var tags = items.ToDictionary(i => i.Id, i => SearchTag.From(tagger.Tag(EvalTagging.Input(i)).Tags));
Console.WriteLine(string.Create(culture, $"Lexicon tagger: {tags.Values.Sum(t => t.Count)} tags on {tags.Values.Count(t => t.Count > 0)} of {items.Count} items; of the values the items were written around it tagged {EvalTagging.Found(items, tags):P0}."));

using var untagged = new EvalIndex(taxonomy, items, _ => [], settings);
using var tagged = new EvalIndex(taxonomy, items, i => tags[i.Id], settings);
using var bigrams = new PlainBm25(new ChineseBigramAnalyzer(), items);
using var smartCn = new PlainBm25(new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), items);
var systems = new List<(string Name, Func<string, List<int>> Search)>
{
    ("AssetBank, untagged", text => untagged.Search(text, 20).Select(h => h.Id).ToList()),
    ("AssetBank, lexicon-tagged", text => tagged.Search(text, 20).Select(h => h.Id).ToList()),
    ("AssetBank, untagged + SmartCn field", text => Fusion.Combine(untagged.Search(text, 50), smartCn.Scored(text, 50), 20)),
    ("AssetBank, lexicon-tagged + SmartCn field", text => Fusion.Combine(tagged.Search(text, 50), smartCn.Scored(text, 50), 20)),
    ("BM25 CJK bigrams", text => bigrams.Search(text, 20)),
    ("BM25 SmartCn", text => smartCn.Search(text, 20)),
};

Console.WriteLine();
Console.WriteLine("| system | shape | queries | nDCG@10 | recall@20 | MRR |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var (name, search) in systems)
{
    var scored = queries.Select(q =>
    {
        var grades = q.Grades(items);
        var ranked = search(q.Text);
        if (verbose && name.StartsWith("AssetBank", StringComparison.Ordinal) && !name.Contains("SmartCn", StringComparison.Ordinal))
        {
            Console.WriteLine(string.Create(culture, $"  {name[11..],-15} {q.Shape,-9} {q.Text,-28} top: {string.Join(' ', ranked.Take(8).Select(id => $"{id}:{grades.GetValueOrDefault(id)}"))}"));
        }

        return (q.Shape, Metrics: Metrics.Score(ranked, grades));
    }).ToList();
    foreach (var shape in scored.GroupBy(s => s.Shape).Append(scored.GroupBy(_ => "all").Single()))
    {
        Console.WriteLine(string.Create(culture, $"| {name} | {shape.Key} | {shape.Count()} | {shape.Average(s => s.Metrics.Ndcg):F3} | {shape.Average(s => s.Metrics.Recall):F3} | {shape.Average(s => s.Metrics.Mrr):F3} |"));
    }
}
