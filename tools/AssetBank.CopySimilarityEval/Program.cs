using System.Diagnostics;
using System.Globalization;
using AssetBank.CopySimilarityEval;
using AssetBank.Core.Similarity;
using AssetBank.Similarity.Copy;
using Microsoft.Extensions.Options;

// Copy similarity evaluation: generated Chinese ad copy (slogans, product copy, social posts) as references, each
// altered the ways reused copy is altered, plus unrelated and same-topic negatives. Recall and false alarms at the
// alarm threshold against two baselines measured in the same run, the calibration curve, and LSH vs linear scan time.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var references = Arg("--references", 400);
var negatives = Arg("--negatives", 600);
var scale = Arg("--scale", 100_000);
var seed = Arg("--seed", 20261207);
var knee = double.Parse(ArgText("--coverage-at-85") ?? new CopySimilarityOptions().CoverageAt85.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
const double Threshold = 85;

var random = new Random(seed);
var generator = new CopyGenerator(random);
var alterations = new Alterations(random, generator, TraditionalTable.Load());
var defaults = new CopySimilarityOptions();
CopySimilarityEngine Engine(int minLifted, double coverageAt85) => new(Options.Create(new CopySimilarityOptions
{
    CoverageAt85 = coverageAt85,
    MinPassageChars = Arg("--min-passage", defaults.MinPassageChars),
    MinChainChars = Arg("--min-chain", defaults.MinChainChars),
    MaxGapChars = Arg("--max-gap", defaults.MaxGapChars),
    MinLiftedPassageChars = minLifted,
}));
var engine = Engine(Arg("--min-lifted", defaults.MinLiftedPassageChars), knee);
var before = Engine(0, knee); // the check before passage alarms: whole-text coverage only, no anchors
// The same check read through an earlier calibration (the coverage that read as 85 % before), to show what the knee buys.
var previousKnee = double.Parse(ArgText("--previous-coverage-at-85") ?? "0.90", CultureInfo.InvariantCulture);
var previous = Engine(Arg("--min-lifted", defaults.MinLiftedPassageChars), previousKnee);
var previousMethod = $"lsh+verify, coverage at 85 % = {previousKnee}";

// A competitor's text or sentence that is one of ours, or holds one of ours whole, with only the brand changed is
// copying, not a negative: such texts are drawn again (and references are distinct even with brands masked). Shorter stock phrases (calls to action, a benefit on its own) stay shared, as they are in real copy.
var brands = Vocabulary.Topics.SelectMany(t => t.Brands).Concat(Vocabulary.Competitors.Values.SelectMany(b => b)).OrderByDescending(b => b.Length).ToArray();
IEnumerable<string> BrandMasked(string text) => Alterations.Sentences(text)
    .SelectMany(s => s.Split('，').Append(s))
    .Select(s => CopyTextNormalizer.Normalize(brands.Aggregate(s, (current, brand) => current.Replace(brand, "品牌", StringComparison.Ordinal))).Normalized)
    .Where(s => s.Length >= 10)
    .Append(CopyTextNormalizer.Normalize(brands.Aggregate(text, (current, brand) => current.Replace(brand, "品牌", StringComparison.Ordinal))).Normalized);
var refs = new List<(Topic Topic, string Form, string Text)>();
var seen = new HashSet<string>(StringComparer.Ordinal);
while (refs.Count < references)
{
    var topic = Vocabulary.Topics[refs.Count % Vocabulary.Topics.Length];
    var (form, text) = generator.Reference(topic);
    if (seen.Add(CopyTextNormalizer.Normalize(text).Normalized) && seen.Add(BrandMasked(text).Last()))
    {
        refs.Add((topic, form, text));
    }
}

// Long references for lifted passages come from their own stream, so the first part of the set is drawn as before.
var originals = refs.Count;
var lifted = Arg("--lifted", 100);
var liftedRandom = new Random(seed + 1);
var liftedSet = new LiftedSet(liftedRandom, new CopyGenerator(liftedRandom));
while (refs.Count < originals + lifted)
{
    var topic = Vocabulary.Topics[refs.Count % Vocabulary.Topics.Length];
    var (form, text) = liftedSet.Reference(topic);
    if (seen.Add(CopyTextNormalizer.Normalize(text).Normalized) && seen.Add(BrandMasked(text).Last()))
    {
        refs.Add((topic, form, text));
    }
}

var referenceSentences = refs.SelectMany(r => BrandMasked(r.Text)).ToHashSet(StringComparer.Ordinal);
var referenceWholes = refs.Select(r => BrandMasked(r.Text).Last()).Where(w => w.Length >= 10).ToList();
bool Copies(string text) => BrandMasked(text).Any(referenceSentences.Contains) || referenceWholes.Any(BrandMasked(text).Last().Contains);
var queries = new List<Query>();
for (var r = originals; r < refs.Count; r++)
{
    if (liftedSet.Passage(refs[r].Text) is { } passage)
    {
        foreach (var name in LiftedSet.Names)
        {
            queries.Add(new Query(liftedSet.Apply(name, passage, refs[r].Topic), r, name));
        }
    }
}

for (var n = 0; n < lifted; n++)
{
    var topic = refs[originals + liftedRandom.Next(lifted)].Topic;
    var text = liftedSet.StockNegative(topic with { Brands = Vocabulary.Competitors[topic.Name] });
    if (seen.Contains(CopyTextNormalizer.Normalize(text).Normalized) || Copies(text))
    {
        n--;
        continue;
    }

    queries.Add(new Query(text, -1, "negative-stock-phrases"));
}

for (var r = 0; r < originals; r++)
{
    foreach (var name in Alterations.Names)
    {
        queries.Add(new Query(alterations.Apply(name, refs[r].Text, refs[r].Topic), r, name));
    }
}

for (var n = 0; n < negatives; n++)
{
    var sameTopic = n % 2 == 0;
    var anchor = refs[random.Next(refs.Count)].Topic;
    var topic = sameTopic ? anchor : Vocabulary.Topics.Where(t => t != anchor).ElementAt(random.Next(Vocabulary.Topics.Length - 1));
    var text = generator.Reference(topic with { Brands = Vocabulary.Competitors[topic.Name] }).Text;
    if (seen.Contains(CopyTextNormalizer.Normalize(text).Normalized) || Copies(text))
    {
        n--;
        continue;
    }

    queries.Add(new Query(text, -1, sameTopic ? "negative-same-topic" : "negative-unrelated"));
}

Console.WriteLine($"# Copy similarity evaluation (seed {seed}, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores)");
Console.WriteLine($"references {refs.Count} (slogans {refs.Count(r => r.Form == "slogan")}, copy {refs.Count(r => r.Form == "copy")}, posts {refs.Count(r => r.Form == "post")}, " +
    $"brochures {refs.Count(r => r.Form == "brochure")}, slogan lists {refs.Count(r => r.Form == "slogan-list")}); " +
    $"altered queries {queries.Count(q => q.Source >= 0)} ({Alterations.Names.Length + LiftedSet.Names.Length} alterations); negatives {queries.Count(q => q.Source < 0)}; coverage at 85 % = {knee}");

var refPrints = refs.Select(r => engine.Describe(r.Text)).ToArray();
var index = engine.CreateIndex();
var beforePrints = refs.Select(r => before.Describe(r.Text)).ToArray();
var beforeIndex = before.CreateIndex();
for (var i = 0; i < refPrints.Length; i++)
{
    index.Add(i, refPrints[i].Signature);
    beforeIndex.Add(i, beforePrints[i].Signature);
}

var scores = new Dictionary<string, List<(Query Query, double Source, double Other)>>
{
    ["lsh+verify"] = [], [previousMethod] = [], ["before: no passage alarms"] = [], ["linear+verify"] = [], ["exact-normalized"] = [], ["jaccard-linear"] = [],
};
var lshTimes = new List<double>();
var linearTimes = new List<double>();
var candidates = new List<int>();
foreach (var query in queries)
{
    var clock = Stopwatch.StartNew();
    var print = engine.Describe(query.Text);
    var found = index.Query(print);
    var comparisons = found.ToDictionary(id => (int)id, id => engine.Compare(print, refPrints[id]));
    var lsh = comparisons.ToDictionary(c => c.Key, c => c.Value.Percent);
    lshTimes.Add(clock.Elapsed.TotalMilliseconds);
    candidates.Add(found.Count);
    clock.Restart();
    var linear = refPrints.Select(r => engine.Compare(print, r).Percent).ToArray();
    linearTimes.Add(clock.Elapsed.TotalMilliseconds);
    var beforePrint = before.Describe(query.Text);
    var beforeScores = beforeIndex.Query(beforePrint).ToDictionary(id => (int)id, id => before.Compare(beforePrint, beforePrints[id]).Percent);
    var exact = refPrints.Select(r => r.Normalized == print.Normalized ? 100.0 : 0).ToArray();
    var jaccard = refPrints.Select(r => CopySimilarityEngine.Jaccard(print.Shingles, r.Shingles) * 100).ToArray();
    Record("lsh+verify", query, i => lsh.GetValueOrDefault(i));
    Record(previousMethod, query, i => comparisons.TryGetValue(i, out var c) ? previous.Calibrate(engine.RawOf(c.Percent)) : 0);
    Record("before: no passage alarms", query, i => beforeScores.GetValueOrDefault(i));
    Record("linear+verify", query, i => linear[i]);
    Record("exact-normalized", query, i => exact[i]);
    Record("jaccard-linear", query, i => jaccard[i]);
}

Console.WriteLine();
Console.WriteLine($"## At the alarm threshold (> {Threshold} %)");
Console.WriteLine("| method | recall (altered copies) | false alarms (negatives) | alarms on a wrong reference (altered copies) |");
Console.WriteLine("|---|---|---|---|");
foreach (var (method, rows) in scores)
{
    var (recall, falseAlarms, wrong) = Rates(rows, Threshold);
    Console.WriteLine($"| {method} | {recall:P1} | {falseAlarms:P2} | {wrong:P2} |");
}

Console.WriteLine();
Console.WriteLine("## Recall by alteration at > 85 %");
Console.WriteLine($"| alteration | {string.Join(" | ", scores.Keys)} |");
Console.WriteLine($"|---|{string.Concat(scores.Keys.Select(_ => "---|"))}");
foreach (var name in Alterations.Names.Concat(LiftedSet.Names))
{
    Console.WriteLine($"| {name} | {string.Join(" | ", scores.Values.Select(rows => rows.Where(r => r.Query.Alteration == name).Average(r => r.Source > Threshold ? 1.0 : 0).ToString("P1", CultureInfo.InvariantCulture)))} |");
}

foreach (var kind in new[] { "negative-same-topic", "negative-unrelated", "negative-stock-phrases" })
{
    Console.WriteLine($"| {kind} (false alarms) | {string.Join(" | ", scores.Values.Select(rows => rows.Where(r => r.Query.Alteration == kind).Average(r => r.Other > Threshold ? 1.0 : 0).ToString("P2", CultureInfo.InvariantCulture)))} |");
}

Console.WriteLine();
Console.WriteLine("## Calibration curve (lsh+verify): recall and false alarms against the threshold");
Console.WriteLine("| threshold % | raw coverage | recall (all alterations) | recall (without partial-mixed) | false alarms |");
Console.WriteLine("|---|---|---|---|---|");
var main = scores["lsh+verify"];
foreach (var t in new double[] { 40, 50, 60, 65, 70, 75, 80, 82, 84, 85, 86, 87, 88, 89, 90, 95, 99 })
{
    var (recall, falseAlarms, _) = Rates(main, t);
    var (recallCore, _, _) = Rates(main.Where(r => r.Query.Alteration != "partial-mixed").ToList(), t);
    Console.WriteLine($"| {t} | {engine.RawOf(t):0.000} | {recall:P1} | {recallCore:P1} | {falseAlarms:P2} ({main.Count(r => r.Query.Source < 0 && r.Other > t)}) |");
}

var negativeScores = main.Where(r => r.Query.Source < 0).Select(r => r.Other).OrderDescending().ToList();
Console.WriteLine($"negative score quantiles: p50 {Quantile(negativeScores, 0.5):0.0}, p99 {Quantile(negativeScores, 0.01):0.0}, max {negativeScores[0]:0.0}");
foreach (var worst in main.Where(r => r.Query.Source < 0).OrderByDescending(r => r.Other).Take(Arg("--show-negatives", 3)))
{
    var print = engine.Describe(worst.Query.Text);
    var passages = refPrints.Select(r => engine.Compare(print, r)).MaxBy(c => c.Percent)!.Passages;
    Console.WriteLine($"  highest negative {worst.Other:0.0}: {worst.Query.Text.ReplaceLineEndings(" ")} — shared: {string.Join(" / ", passages.Select(p => $"{p.QueryText} ↔ {p.ReferenceText}".ReplaceLineEndings(" ")))}");
}

foreach (var miss in main.Where(r => r.Query.Source >= 0 && r.Source <= Threshold && r.Query.Alteration != "partial-mixed").OrderBy(r => r.Query.Alteration.StartsWith("lifted", StringComparison.Ordinal) || r.Query.Alteration.StartsWith("slogan", StringComparison.Ordinal) ? 0 : 1).Take(6))
{
    Console.WriteLine($"  missed {miss.Query.Alteration} {miss.Source:0.0}: {miss.Query.Text.ReplaceLineEndings(" ")} ← {refs[miss.Query.Source].Text.ReplaceLineEndings(" ")}");
}

Console.WriteLine();
Console.WriteLine($"## Query time against {refs.Count} references");
Console.WriteLine($"LSH + verification: mean {lshTimes.Average():0.000} ms, p95 {Quantile(lshTimes.OrderDescending().ToList(), 0.05):0.000} ms, candidates per query mean {candidates.Average():0.0}");
Console.WriteLine($"linear scan + verification: mean {linearTimes.Average():0.000} ms, p95 {Quantile(linearTimes.OrderDescending().ToList(), 0.05):0.000} ms");

ScaleBenchmark.Run(engine, generator, refs.Select(r => r.Text).ToList(), queries, scale);
return;

void Record(string method, Query query, Func<int, double> score)
{
    var source = query.Source >= 0 ? score(query.Source) : 0;
    var other = Enumerable.Range(0, refs.Count).Where(i => i != query.Source).Select(score).DefaultIfEmpty(0).Max();
    scores[method].Add((query, source, other));
}

static (double Recall, double FalseAlarms, double Wrong) Rates(List<(Query Query, double Source, double Other)> rows, double threshold)
{
    var positives = rows.Where(r => r.Query.Source >= 0).ToList();
    var negativeRows = rows.Where(r => r.Query.Source < 0).ToList();
    return (positives.Average(r => r.Source > threshold ? 1.0 : 0), negativeRows.Average(r => r.Other > threshold ? 1.0 : 0), positives.Average(r => r.Other > threshold ? 1.0 : 0));
}

static double Quantile(List<double> descending, double top) => descending[Math.Min(descending.Count - 1, (int)(descending.Count * top))];

int Arg(string name, int fallback) => ArgText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

internal sealed record Query(string Text, int Source, string Alteration);
