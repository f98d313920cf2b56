using System.Diagnostics;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using AssetBank.Media;
using AssetBank.Media.Images;
using AssetBank.Similarity;
using AssetBank.Similarity.Indexing;
using AssetBank.SimilarityEval;
using Microsoft.Extensions.Options;
using SkiaSharp;

// usage: AssetBank.SimilarityEval PHOTO_FOLDER [--queried-refs N] [--index-sizes 100000,200000,1000000] (0: no stage-1
//        benchmark) [--signatures FILE] (saves the signatures for:)
//        AssetBank.SimilarityEval stage1 FILE [--index-sizes ...] (the stage-1 benchmark alone)
//        AssetBank.SimilarityEval video PHOTO_FOLDER [--videos N] [--reuse-videos] (video references: edits and unrelated videos)
// PHOTO_FOLDER: what prepare.sh unpacked. Every raster photo (largest size of each wallpaper) is cut into tiles:
// tiles of most photos are the references; tiles of the last photos are the unrelated queries; neighbouring tiles of
// one photo are same-scene hard negatives for each other (they are all in the library).
var indexSizes = (args.SkipWhile(a => a != "--index-sizes").Skip(1).FirstOrDefault() ?? "100000,200000,1000000").Split(',').Select(int.Parse).ToList();
var signaturesFile = args.SkipWhile(a => a != "--signatures").Skip(1).FirstOrDefault();
if (args.Length > 1 && args[0] == "video")
{
    // video PHOTO_FOLDER [--videos N] [--reuse-videos]: reference videos, their edits and unrelated videos (see VideoEval).
    await VideoEval.RunAsync(args[1], Arg("--videos", 10), args.Contains("--reuse-videos"));
    return;
}

if (args.Length > 1 && args[0] == "stage1")
{
    // stage1 FILE: the stage-1 benchmark alone, on the signatures an earlier run saved with --signatures FILE.
    var (savedReferences, savedQueries) = SignatureCache.Load(args[1]);
    foreach (var size in indexSizes)
    {
        Stage1Benchmark.Run(savedReferences, savedQueries, size);
    }

    return;
}

var folder = args.Length > 0 ? args[0] : ".cache/similarity-eval/unpacked";
var queriedRefs = Arg("--queried-refs", 300);
var heldOut = 8;
const int Candidates = 12;

var engine = new ImageSimilarityEngine(Options.Create(new ImageSimilarityOptions()));
using var decoder = new PictureDecoder(Options.Create(new MediaOptions()));
var photos = PhotoSource.Find(folder);
Console.WriteLine($"photos: {photos.Count} ({photos.Count - heldOut} for references, {heldOut} held out for unrelated queries)");

var references = new List<ImageSignature>();
var referenceBitmaps = new List<SKBitmap>();
var clock = Stopwatch.StartNew();
var fingerprintTimes = new List<double>();
foreach (var photo in photos.Take(photos.Count - heldOut))
{
    using var full = PhotoSource.Load(photo, 1920);
    foreach (var tile in PhotoSource.Tiles(full, 3, 3))
    {
        using var hd = Alterations.Resize(tile, 1280, 720);
        var bytes = Alterations.Jpeg(hd, 92);
        var t = Stopwatch.StartNew();
        var signature = engine.Describe(Decode(bytes), asQuery: false);
        fingerprintTimes.Add(t.Elapsed.TotalMilliseconds);
        references.Add(signature);
        referenceBitmaps.Add(tile);
    }
}

Console.WriteLine($"references: {references.Count} tiles at 1280×720, fingerprinting (decode + hashes + 15 windows + ORB) p50 {Percentile(fingerprintTimes, 50):0.0} ms, p95 {Percentile(fingerprintTimes, 95):0.0} ms, throughput {fingerprintTimes.Count / fingerprintTimes.Sum() * 1000:0.0} pictures/s on one thread");
var index = engine.CreateIndex();
for (var i = 0; i < references.Count; i++)
{
    index.Add(i, references[i]);
}

var scan = new LinearScanIndex();
for (var i = 0; i < references.Count; i++)
{
    scan.Add(i, references[i]);
}

var options = new ImageSimilarityOptions();
var positives = new List<(string Alteration, double Percent, bool Correct, int Distance, double Alone, int Stage1Distance, bool InCandidates, bool InScan)>();
var alignedPositives = new List<(string Alteration, double Correlation)>();
var alignedNegatives = new List<double>();
var alignedScores = new List<double>();
var plantedQueries = new List<PlantedQuery>();
var checkTimes = new List<double>();
var wholeTimes = new List<double>();
var stride = Math.Max(1, references.Count / Math.Min(queriedRefs, references.Count));
var blankSkipped = 0;
for (var r = 0; r < references.Count; r += stride)
{
    // A blank tile (sky, flat gradient) is not a work anyone can copy: the engine matches nothing to it by design.
    if (references[r].IsUniform)
    {
        blankSkipped++;
        continue;
    }

    foreach (var (name, alter) in Alterations.All)
    {
        using var altered = alter(referenceBitmaps[r], r);
        var jpeg = Alterations.Jpeg(altered, 85);
        var whole = Stopwatch.StartNew();
        var query = engine.Describe(Decode(jpeg), asQuery: true);
        var t = Stopwatch.StartNew();
        var candidates = index.Query(query, Candidates);
        var (best, percent) = Verify(query, candidates);
        checkTimes.Add(t.Elapsed.TotalMilliseconds);
        wholeTimes.Add(whole.Elapsed.TotalMilliseconds);
        var aloneComparison = engine.Compare(query, references[r]);
        var alone = aloneComparison.Percent;
        if (aloneComparison.AlignedCorrelation != 0)
        {
            alignedPositives.Add((name, aloneComparison.AlignedCorrelation));
        }

        var inScan = scan.Query(query, Candidates).Any(c => c.Id == r);
        positives.Add((name, percent, best == r, Math.Min(query.Full.DistanceTo(references[r].Full), query.Mirror.DistanceTo(references[r].Full)), alone, Stage1Distance(query, references[r]), candidates.Any(c => c.Id == r), inScan));
        plantedQueries.Add(new PlantedQuery(query, r, alone > 85));

    }
}

var negatives = new List<double>();
var chanceInliers = new List<int>();
foreach (var photo in photos.Skip(photos.Count - heldOut))
{
    using var full = PhotoSource.Load(photo, 3840);
    foreach (var tile in PhotoSource.Tiles(full, 8, 7))
    {
        var jpeg = Alterations.Jpeg(tile, 85);
        var whole = Stopwatch.StartNew();
        var query = engine.Describe(Decode(jpeg), asQuery: true);
        var t = Stopwatch.StartNew();
        alignedScores.Clear();
        negatives.Add(Verify(query, index.Query(query, Candidates)).Percent);
        alignedNegatives.AddRange(alignedScores);
        checkTimes.Add(t.Elapsed.TotalMilliseconds);
        wholeTimes.Add(whole.Elapsed.TotalMilliseconds);

        // Chance level for the inlier calibration: every fourth unrelated query against every reference.
        if (negatives.Count % 4 == 0)
        {
            chanceInliers.Add(references.Max(reference => engine.Compare(query, reference).Inliers));
        }

        tile.Dispose();
    }
}

Console.WriteLine($"queries: {positives.Count} altered copies of {positives.Count / Alterations.All.Count} references × {Alterations.All.Count} alterations, {negatives.Count} unrelated; stage 1 + verification p50 {Percentile(checkTimes, 50):0.0} ms, p95 {Percentile(checkTimes, 95):0.0} ms; whole check (decode + fingerprint + stage 1 + verification) p50 {Percentile(wholeTimes, 50):0.0} ms, p95 {Percentile(wholeTimes, 95):0.0} ms");
Console.WriteLine();
Console.WriteLine($"| alteration | recall at > 85 % | median 256-bit distance | > 85 % when verified against its reference alone | stage-1 distance p50 / p90 | stage-1 candidate recall: index | linear scan (top {Candidates}) |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var group in positives.GroupBy(p => p.Alteration))
{
    var stage1 = group.Select(p => (double)p.Stage1Distance).ToList();
    Console.WriteLine($"| {group.Key} | {group.Count(p => p.Correct && p.Percent > 85) / (double)group.Count():0.00} | {Percentile(group.Select(p => (double)p.Distance).ToList(), 50):0} | {group.Count(p => p.Alone > 85) / (double)group.Count():0.00} | {Percentile(stage1, 50):0} / {Percentile(stage1, 90):0} | {group.Count(p => p.InCandidates) / (double)group.Count():0.00} | {group.Count(p => p.InScan) / (double)group.Count():0.00} |");
}

Console.WriteLine($"| **all** | **{positives.Count(p => p.Correct && p.Percent > 85) / (double)positives.Count:0.000}** | | {positives.Count(p => p.Alone > 85) / (double)positives.Count:0.000} | | {positives.Count(p => p.InCandidates) / (double)positives.Count:0.000} | {positives.Count(p => p.InScan) / (double)positives.Count:0.000} |");
var verifiable = positives.Where(p => p.Alone > 85).ToList();
Console.WriteLine($"stage-1 candidate recall of the {verifiable.Count} copies stage 2 verifies above 85 % against their reference alone: index {verifiable.Count(p => p.InCandidates) / (double)verifiable.Count:0.000}, linear scan {verifiable.Count(p => p.InScan) / (double)verifiable.Count:0.000}");
Console.WriteLine($"blank reference tiles not queried: {blankSkipped}");
Console.WriteLine($"chance level: the most RANSAC inliers an unrelated query reached against any of the {references.Count} references: {chanceInliers.DefaultIfEmpty(0).Max()} ({chanceInliers.Count * references.Count:N0} pairs; ChanceInliers {options.ChanceInliers}, InliersAt85 {options.InliersAt85})");
Console.WriteLine($"false alarms at > 85 %: {negatives.Count(p => p > 85)} of {negatives.Count} unrelated queries ({negatives.Count(p => p > 85) / (double)negatives.Count:P2})");
Console.WriteLine();
Console.WriteLine("| threshold % | recall | false alarms |");
Console.WriteLine("|---|---|---|");
foreach (var threshold in new[] { 50, 60, 70, 75, 80, 85, 90, 95 })
{
    Console.WriteLine($"| > {threshold} | {positives.Count(p => p.Correct && p.Percent > threshold) / (double)positives.Count:0.000} | {negatives.Count(p => p > threshold) / (double)negatives.Count:P2} |");
}

if (signaturesFile is not null)
{
    SignatureCache.Save(signaturesFile, references, plantedQueries);
}

foreach (var size in indexSizes.Where(size => size > 0))
{
    Stage1Benchmark.Run(references, plantedQueries, size);
}

Console.WriteLine();
Console.WriteLine($"dense alignment (run when keypoints and hashes score ≤ {options.DenseBelowPercent} %): block correlation of altered copies against their own reference, p10 / p50 per alteration:");
foreach (var group in alignedPositives.GroupBy(p => p.Alteration))
{
    var values = group.Select(p => p.Correlation).ToList();
    Console.WriteLine($"  {group.Key}: n {values.Count}, p10 {Percentile(values, 10):0.000}, p50 {Percentile(values, 50):0.000}");
}

Console.WriteLine($"  unrelated queries against their candidates: n {alignedNegatives.Count}, p50 {Percentile(alignedNegatives, 50):0.000}, p99 {Percentile(alignedNegatives, 99):0.000}, max {(alignedNegatives.Count == 0 ? 0 : alignedNegatives.Max()):0.000}");
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0} s");

(int Best, double Percent) Verify(ImageSignature query, IReadOnlyList<ImageCandidate> candidates)
{
    var best = -1;
    var bestPercent = 0.0;
    foreach (var candidate in candidates)
    {
        var comparison = engine.Compare(query, references[(int)candidate.Id]);
        if (comparison.AlignedCorrelation != 0)
        {
            alignedScores.Add(comparison.AlignedCorrelation);
        }

        if (comparison.Percent > bestPercent)
        {
            bestPercent = comparison.Percent;
            best = (int)candidate.Id;
        }
    }

    return (best, bestPercent);
}

// The distance stage 1 ranks by: the nearest of the query's hashes to any hash the reference is indexed by.
static int Stage1Distance(ImageSignature query, ImageSignature reference)
{
    var best = Hash256.Bits;
    foreach (var q in (Hash256[])[query.Full, query.Centre, query.Mirror, query.CentreMirror])
    {
        foreach (var code in (Hash256[])[reference.Full, reference.Centre, .. reference.Windows])
        {
            best = Math.Min(best, q.DistanceTo(code));
        }
    }

    return best;
}

DecodedPicture Decode(byte[] bytes)
{
    using var stream = new MemoryStream(bytes);
    return decoder.Decode(stream, "eval");
}

int Arg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static double Percentile(List<double> values, int p)
{
    if (values.Count == 0)
    {
        return 0;
    }

    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
