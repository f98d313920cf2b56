using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AssetBank.AudioSimilarityEval;
using AssetBank.Core.Media;
using AssetBank.Media;
using AssetBank.Media.Audio;
using AssetBank.Media.Processes;
using AssetBank.Similarity.Audio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Audio similarity evaluation: seeded music-like references (chords, bass, melody, hi-hat), each reused in ads the
// ways licensed music is reused (excerpts at an offset, re-encodes, volume, voice-over and noise on top, a lowpass,
// tempo and pitch changes), plus unrelated tracks. Fingerprints come from the same fpcalc call as ingestion. Recall and
// false alarms at the alarm threshold against a whole-fingerprint baseline at offset 0 measured in the same run, the
// bit-error calibration curve, and query time per track against N references.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var referenceCount = Arg("--references", 30);
var unrelatedCount = Arg("--unrelated", 30);
var seed = Arg("--seed", 20261207);
var scales = (ArgText("--scale") ?? "1000,10000").Split(',').Select(int.Parse).ToArray();
var work = ArgText("--work") ?? Path.Combine(Path.GetTempPath(), "assetbank-audio-eval");
var defaults = new AudioSimilarityOptions();
var options = new AudioSimilarityOptions
{
    BitErrorAt85 = ArgDouble("--ber-at-85", defaults.BitErrorAt85),
    BitErrorAt50 = ArgDouble("--ber-at-50", defaults.BitErrorAt50),
    KeyBits = Arg("--key-bits", defaults.KeyBits),
    MinMatchSeconds = ArgDouble("--min-seconds", defaults.MinMatchSeconds),
};
const double Threshold = 85;
Directory.CreateDirectory(work);
var random = new Random(seed);
var music = new MusicGenerator(random);
var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };

// 1. Tracks: references then unrelated ones, 60–90 s each.
var tracks = Enumerable.Range(0, referenceCount + unrelatedCount)
    .Select(i => (Path: Path.Combine(work, $"track{i:000}.wav"), Seconds: 60 + random.Next(31), Expression: music.Expression()))
    .ToList();
var clock = Stopwatch.StartNew();
await Parallel.ForEachAsync(tracks, parallel, async (t, ct) =>
{
    if (!File.Exists(t.Path))
    {
        await Ffmpeg.RunAsync(["-f", "lavfi", "-i", $"aevalsrc=exprs='{t.Expression}':s=22050:d={t.Seconds}", t.Path], ct);
    }
});
Console.Error.WriteLine($"tracks generated in {clock.Elapsed.TotalSeconds:0} s");

// 2. Queries: every alteration of every reference from a random start, and a 30 s excerpt of every unrelated track.
var queries = new List<(string Path, int Reference, string Alteration, double Start)>();
var jobs = new List<(string Path, IEnumerable<string> Args)>();
for (var r = 0; r < referenceCount; r++)
{
    foreach (var alteration in AudioAlterations.All)
    {
        var start = Math.Round(random.NextDouble() * (tracks[r].Seconds - alteration.Seconds - 2), 2);
        var path = Path.Combine(work, $"q{r:000}-{Array.IndexOf(AudioAlterations.All, alteration):00}.{alteration.Extension}");
        queries.Add((path, r, alteration.Name, start));
        jobs.Add((path, AudioAlterations.Arguments(tracks[r].Path, start, alteration, path)));
    }
}

for (var u = referenceCount; u < tracks.Count; u++)
{
    var start = Math.Round(random.NextDouble() * (tracks[u].Seconds - 32), 2);
    var path = Path.Combine(work, $"u{u:000}.wav");
    queries.Add((path, -1, "unrelated", start));
    jobs.Add((path, ["-ss", start.ToString(CultureInfo.InvariantCulture), "-t", "30", "-i", tracks[u].Path, path]));
}

await Parallel.ForEachAsync(jobs.Where(j => !File.Exists(j.Path)), parallel, async (j, ct) => await Ffmpeg.RunAsync(j.Args, ct));
Console.Error.WriteLine($"{queries.Count} queries made in {clock.Elapsed.TotalSeconds:0} s");

// 3. Fingerprints, exactly as ingestion (queries: first 120 s) and reference import (whole track) compute them.
var media = Options.Create(new MediaOptions());
using var runner = new ProcessRunner(media, NullLogger<ProcessRunner>.Instance);
var fpcalc = new ChromaprintFingerprinter(runner, media);
var referencePrints = new uint[referenceCount][];
await Parallel.ForEachAsync(Enumerable.Range(0, referenceCount), parallel, async (r, ct) =>
    referencePrints[r] = [.. (await fpcalc.FingerprintAsync(tracks[r].Path, 1800, ct))!.Values]);
var queryPrints = new ConcurrentDictionary<int, uint[]>();
await Parallel.ForEachAsync(Enumerable.Range(0, queries.Count), parallel, async (q, ct) =>
    queryPrints[q] = [.. (await fpcalc.FingerprintAsync(queries[q].Path, new MediaOptions().FingerprintSeconds, ct))?.Values ?? []]);
Console.Error.WriteLine($"fingerprinted in {clock.Elapsed.TotalSeconds:0} s");

// 4. Matching: the engine, and the baseline (whole fingerprints compared at offset 0, every reference).
var engine = new AudioSimilarityEngine(Options.Create(options));
var index = engine.CreateIndex();
for (var r = 0; r < referenceCount; r++)
{
    index.Add(r, referencePrints[r]);
}

var rows = new List<(string Alteration, double TruePercent, double TrueBer, bool OffsetRight, double WrongPercent, double WrongBer, double BaselineTrue, double BaselineWrong)>();
var times = new List<double>();
var wrongMatches = new List<(string Alteration, double Percent, double Ber, double Seconds)>();
for (var q = 0; q < queries.Count; q++)
{
    var (_, reference, alteration, start) = queries[q];
    var print = queryPrints[q];
    var timer = Stopwatch.StartNew();
    var matches = index.Match(print);
    times.Add(timer.Elapsed.TotalMilliseconds);
    var right = matches.FirstOrDefault(m => m.ReferenceId == reference);
    var wrong = matches.Where(m => m.ReferenceId != reference).Select(m => m.Percent).DefaultIfEmpty(0).Max();
    // The reference time of the query's first matched second should be start + that second (±1 s); tempo changes drift.
    var offsetRight = right is not null && Math.Abs(right.ReferenceStartSeconds - right.QueryStartSeconds - start) <= 1.0;
    var baseline = Enumerable.Range(0, referenceCount).Select(r => (r, Percent: engine.Percent(OffsetZeroBer(print, referencePrints[r])))).ToList();
    wrongMatches.AddRange(matches.Where(m => m.ReferenceId != reference).Select(m => (alteration, m.Percent, m.BitErrorRate, m.QueryEndSeconds - m.QueryStartSeconds)));
    var wrongBer = matches.Where(m => m.ReferenceId != reference).Select(m => m.BitErrorRate).DefaultIfEmpty(0.5).Min();
    rows.Add((alteration, right?.Percent ?? 0, right?.BitErrorRate ?? 0.5, offsetRight, wrong, wrongBer,
        baseline.Where(b => b.r == reference).Select(b => b.Percent).DefaultIfEmpty(0).Max(),
        baseline.Where(b => b.r != reference).Select(b => b.Percent).DefaultIfEmpty(0).Max()));
}

// 5. Report.
Console.WriteLine($"references {referenceCount} (60–90 s), unrelated queries {unrelatedCount}, key bits {options.KeyBits}, BER at 85 % {options.BitErrorAt85}, min stretch {options.MinMatchSeconds} s, seed {seed}");
Console.WriteLine();
Console.WriteLine("| alteration | queries | recall > 85 % | median % | median BER | time range right | baseline recall (offset 0) |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var group in rows.Where(r => r.Alteration != "unrelated").GroupBy(r => r.Alteration))
{
    var g = group.ToList();
    Console.WriteLine($"| {group.Key} | {g.Count} | {Share(g.Count(r => r.TruePercent > Threshold), g.Count)} | {Median(g.Select(r => r.TruePercent)):0.0} | {Median(g.Select(r => r.TrueBer)):0.000} | {Share(g.Count(r => r.OffsetRight), g.Count)} | {Share(g.Count(r => r.BaselineTrue > Threshold), g.Count)} |");
}

var altered = rows.Where(r => r.Alteration != "unrelated").ToList();
var robust = altered.Where(r => r.Alteration is not ("tempo +3 %" or "pitch +1 semitone")).ToList();
var unrelated = rows.Where(r => r.Alteration == "unrelated").ToList();
Console.WriteLine();
Console.WriteLine($"recall > 85 %, all alterations but tempo/pitch: engine {Share(robust.Count(r => r.TruePercent > Threshold), robust.Count)}, baseline {Share(robust.Count(r => r.BaselineTrue > Threshold), robust.Count)}");
Console.WriteLine($"false alarms > 85 %: unrelated queries with any alarm: engine {Share(unrelated.Count(r => r.WrongPercent > Threshold), unrelated.Count)}, baseline {Share(unrelated.Count(r => r.BaselineWrong > Threshold), unrelated.Count)}; "
    + $"altered queries alarming on a wrong reference: engine {Share(altered.Count(r => r.WrongPercent > Threshold), altered.Count)}, baseline {Share(altered.Count(r => r.BaselineWrong > Threshold), altered.Count)}");
Console.WriteLine($"highest wrong-reference score: engine {rows.Max(r => r.WrongPercent):0.0} %, baseline {rows.Max(r => r.BaselineWrong):0.0} %");
Console.WriteLine();
Console.WriteLine("calibration curve (the % as shipped): threshold | recall, robust alterations | recall, tempo +3 % | unrelated queries alarming | altered queries alarming on a wrong reference");
var tempo = altered.Where(r => r.Alteration == "tempo +3 %").ToList();
foreach (var x in new[] { 50, 60, 70, 75, 80, 85, 90, 95 })
{
    Console.WriteLine($"| {x} | {Share(robust.Count(r => r.TruePercent > x), robust.Count)} | {Share(tempo.Count(r => r.TruePercent > x), tempo.Count)} | {Share(unrelated.Count(r => r.WrongPercent > x), unrelated.Count)} | {Share(altered.Count(r => r.WrongPercent > x), altered.Count)} |");
}

Console.WriteLine($"  matches on a wrong reference at all (any score): {rows.Count(r => r.WrongPercent > 0)} of {rows.Count} queries; the highest:");
foreach (var w in wrongMatches.OrderByDescending(w => w.Percent).Take(6))
{
    Console.WriteLine($"    {w.Percent:0.0} % (BER {w.Ber:0.000} over {w.Seconds:0.0} s, query: {w.Alteration})");
}

Console.WriteLine();
times.Sort();
Console.WriteLine($"query time against {referenceCount} references: median {Median(times):0.00} ms, p95 {times[(int)(0.95 * (times.Count - 1))]:0.00} ms");

// 6. Scale: N references (the real ones, then copies with every value XOR-ed by a per-copy mask: same statistics, other keys).
foreach (var n in scales)
{
    var big = engine.CreateIndex();
    var mask = new Random(seed);
    for (var i = 0; i < n; i++)
    {
        var source = referencePrints[i % referenceCount];
        var x = i < referenceCount ? 0u : (uint)mask.Next() | ((uint)mask.Next(2) << 31);
        big.Add(i, source.Select(v => v ^ x).ToArray());
    }

    big.Match(queryPrints[0]);
    var measured = new List<double>();
    for (var q = 0; q < queries.Count; q++)
    {
        var timer = Stopwatch.StartNew();
        big.Match(queryPrints[q]);
        measured.Add(timer.Elapsed.TotalMilliseconds);
    }

    measured.Sort();
    var minutes = n * referencePrints.Average(p => p.Length) * ChromaprintTiming.SecondsPerValue / 60;
    Console.WriteLine($"query time against {n:N0} references ({minutes / 60:0} h of audio): median {Median(measured):0.0} ms, p95 {measured[(int)(0.95 * (measured.Count - 1))]:0.0} ms");
}

return 0;

static double OffsetZeroBer(uint[] query, uint[] reference)
{
    var n = Math.Min(query.Length, reference.Length);
    if (n == 0)
    {
        return 0.5;
    }

    long errors = 0;
    for (var i = 0; i < n; i++)
    {
        errors += System.Numerics.BitOperations.PopCount(query[i] ^ reference[i]);
    }

    return errors / (32.0 * n);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
}

static string Share(int count, int total) => total == 0 ? "–" : $"{count}/{total} ({100.0 * count / total:0}%)";

int Arg(string name, int fallback) => ArgText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

double ArgDouble(string name, double fallback) => ArgText(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
