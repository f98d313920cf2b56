using System.Diagnostics;
using AssetBank.Application.Similarity;
using AssetBank.Application.Similarity.Video;
using AssetBank.Core.Assets;
using AssetBank.Core.Media;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;
using AssetBank.Media;
using AssetBank.Media.Images;
using AssetBank.Media.Processes;
using AssetBank.Media.Video;
using AssetBank.Similarity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.SimilarityEval;

/// <summary>
/// <c>AssetBank.SimilarityEval video PHOTO_FOLDER [--videos N]</c>: reference videos of four moving shots over real photos,
/// each edited six ways (re-encode, trim, reorder, re-grade, partial reuse of two shots, and reorder + re-grade + re-encode
/// together), plus unrelated videos over held-out photos. Each query goes through ingestion's shot detection (one keyframe
/// per shot), the reference keyframe index and verification, and the time aligner; the baseline in the same run is one
/// middle-frame pHash per video (an alarm when it is more than 85 % alike).
/// </summary>
internal static class VideoEval
{
    private const int ShotsPerVideo = 4;
    private static readonly string[] Edits = ["re-encode", "trim", "reorder", "re-grade", "partial (2 shots)", "reorder+re-grade+re-encode"];

    /// <param name="reuseVideos">Keep videos an earlier run made in the work folder (same photos and edits) instead of encoding them again.</param>
    public static async Task RunAsync(string photoFolder, int videos, bool reuseVideos)
    {
        async Task Make(string path, Func<Task> make)
        {
            if (!reuseVideos || !File.Exists(path))
            {
                await make();
            }
        }

        var work = Path.Combine(Path.GetTempPath(), "assetbank-video-eval");
        Directory.CreateDirectory(work);
        var photos = PhotoSource.Find(photoFolder);
        var stills = new List<string>();
        foreach (var (photo, i) in photos.Select((p, i) => (p, i)))
        {
            var path = Path.Combine(work, $"still{i}.jpg");
            if (!File.Exists(path))
            {
                using var bitmap = PhotoSource.Load(photo, 1600);
                await File.WriteAllBytesAsync(path, Alterations.Jpeg(bitmap, 90));
            }

            stills.Add(path);
        }

        videos = Math.Min(videos, (stills.Count - 6) / ShotsPerVideo);
        var heldOut = stills.Skip(videos * ShotsPerVideo).ToList();
        Console.WriteLine($"photos: {stills.Count}; {videos} reference videos of {ShotsPerVideo} × {VideoClips.ShotSeconds:0} s shots over {videos * ShotsPerVideo} photos; {heldOut.Count} photos held out for unrelated videos and fillers");

        var clock = Stopwatch.StartNew();
        var queries = new List<(string Path, int Source, string Edit)>();
        for (var r = 0; r < videos; r++)
        {
            var reference = Path.Combine(work, $"ref{r}.mp4");
            await Make(reference, () => VideoClips.ShotsAsync(stills.Skip(r * ShotsPerVideo).Take(ShotsPerVideo).ToList(), reference));
            var filler = Path.Combine(work, $"filler{r}.mp4");
            await Make(filler, () => VideoClips.ShotsAsync([heldOut[r % heldOut.Count], heldOut[(r + 1) % heldOut.Count]], filler));
            const double S = VideoClips.ShotSeconds;
            var edits = new (IReadOnlyList<(int, double, double)> Segments, string Grade, string Size, int Crf)[]
            {
                ([(0, 0, 4 * S)], string.Empty, "480:270", 36),
                ([(0, 0.8, S - 0.4), (0, S + 0.5, (2 * S) - 0.5), (0, (2 * S) + 0.3, (3 * S) - 1.0), (0, (3 * S) + 0.5, (4 * S) - 0.8)], string.Empty, "640:360", 26),
                ([(0, 2 * S, 3 * S), (0, 3 * S, 4 * S), (0, 0, S), (0, S, 2 * S)], string.Empty, "640:360", 26),
                ([(0, 0, 4 * S)], "eq=brightness=0.08:contrast=1.15:saturation=1.3,hue=h=8", "640:360", 26),
                ([(1, 0, S), (0, S, 3 * S), (1, S, 2 * S)], string.Empty, "640:360", 26),
                ([(0, 2 * S, 3 * S), (0, 3 * S, 4 * S), (0, 0, S), (0, S, 2 * S)], "eq=brightness=-0.06:contrast=0.9:saturation=0.8", "480:270", 32),
            };
            for (var e = 0; e < edits.Length; e++)
            {
                var path = Path.Combine(work, $"q{r}-{e}.mp4");
                var edit = edits[e];
                await Make(path, () => VideoClips.EditAsync([reference, filler], edit.Segments, edit.Grade, edit.Size, edit.Crf, path));
                queries.Add((path, r, Edits[e]));
            }
        }

        for (var u = 0; u < videos; u++)
        {
            var path = Path.Combine(work, $"unrelated{u}.mp4");
            var unrelatedStills = Enumerable.Range(0, ShotsPerVideo).Select(k => heldOut[((u * 3) + k) % heldOut.Count]).ToList();
            await Make(path, () => VideoClips.ShotsAsync(unrelatedStills, path));
            queries.Add((path, -1, "unrelated"));
        }

        Console.WriteLine($"made {videos} references and {queries.Count} queries in {clock.Elapsed.TotalSeconds:0} s");

        var mediaOptions = Options.Create(new MediaOptions());
        var runner = new ProcessRunner(mediaOptions, NullLogger<ProcessRunner>.Instance);
        var sampler = new VideoFrameSampler(runner, mediaOptions);
        var engine = new ImageSimilarityEngine(Options.Create(new ImageSimilarityOptions()));
        using var decoder = new PictureDecoder(mediaOptions);
        var index = engine.CreateIndex();
        var entries = new Dictionary<long, VideoReferenceIndex.Entry>();
        var baseline = new List<PerceptualHash>();
        var importTimes = new List<double>();
        for (var r = 0; r < videos; r++)
        {
            var t = Stopwatch.StartNew();
            var sampled = await sampler.SampleAsync(Path.Combine(work, $"ref{r}.mp4"), $"ref{r}", ImportVideoReferences.KeyframeSpacingSeconds, CancellationToken.None);
            foreach (var frame in sampled.Frames)
            {
                var signature = engine.Describe(Decode(decoder, frame.Jpeg), asQuery: false);
                var id = entries.Count + 1;
                entries[id] = new VideoReferenceIndex.Entry(new ReferenceVideoFrame(id, "eval", $"ref{r}", frame.ShotIndex, frame.ShotStartSeconds, frame.ShotEndSeconds, frame.Seconds, []), "eval", signature);
                index.Add(id, signature);
            }

            importTimes.Add(t.Elapsed.TotalMilliseconds);
            baseline.Add(await MiddleHashAsync(sampler, decoder, Path.Combine(work, $"ref{r}.mp4")));
        }

        Console.WriteLine($"reference keyframes: {entries.Count} ({(double)entries.Count / videos:0.0} a video); import p50 {Percentile(importTimes, 50):0} ms a 16 s video");
        var snapshot = new VideoReferenceIndex.Snapshot("eval", index, entries);
        var matcher = new VideoAlarmMatcher(engine, Options.Create(new SimilarityOptions()), TimeProvider.System);
        var results = new List<(string Edit, bool Found, bool Wrong, int Runs, bool? Whole, int Spanned, int Shots, bool BaselineFound, bool BaselineWrong, double AnalyseMs, double MatchMs)>();
        foreach (var (path, source, edit) in queries)
        {
            var t = Stopwatch.StartNew();
            // One keyframe per shot, in the middle: what ingestion stores for a video.
            var sampled = await sampler.SampleAsync(path, Path.GetFileName(path), double.MaxValue, CancellationToken.None);
            var analyse = t.Elapsed.TotalMilliseconds;
            t.Restart();
            var shots = sampled.Frames.Select(f => (new Shot(f.ShotIndex, TimeSpan.FromSeconds(f.ShotStartSeconds), TimeSpan.FromSeconds(f.ShotEndSeconds), TimeSpan.FromSeconds(f.Seconds), null, null, null, null),
                engine.Describe(Decode(decoder, f.Jpeg), asQuery: true))).ToList();
            var alarms = matcher.Match(new Asset { Key = Path.GetFileName(path), ETag = "e" }, shots, sampled.DurationSeconds, snapshot);
            var match = t.Elapsed.TotalMilliseconds;
            var hash = await MiddleHashAsync(sampler, decoder, path);
            var baselineHits = baseline.Select((b, i) => (Similar: b.SimilarityTo(hash) > 0.85, i)).Where(x => x.Similar).Select(x => x.i).ToList();
            var own = alarms.Where(a => a.ReferenceItem == $"ref{source}").ToList();
            results.Add((edit, own.Count > 0, alarms.Any(a => a.ReferenceItem != $"ref{source}"), own.Count,
                own.Count > 0 ? own[0].WholeVideo : null, own.Sum(a => a.LastShotIndex!.Value - a.ShotIndex!.Value + 1), sampled.ShotCount, baselineHits.Contains(source), baselineHits.Any(i => i != source), analyse, match));
        }

        Console.WriteLine();
        Console.WriteLine("| edit | queries | aligned matcher: found | wrong reference | runs per found query | query shots inside runs | whole-video flag | baseline (middle-frame pHash > 85 %): found | baseline wrong |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in results.GroupBy(r => r.Edit))
        {
            var n = group.Count();
            var found = group.Where(g => g.Found).ToList();
            Console.WriteLine($"| {group.Key} | {n} | {group.Count(g => g.Found)}/{n} | {group.Count(g => g.Wrong)} | {(found.Count > 0 ? found.Average(g => g.Runs) : 0):0.0} | {group.Sum(g => g.Spanned)}/{group.Sum(g => g.Shots)} | whole {found.Count(g => g.Whole == true)}, partial {found.Count(g => g.Whole == false)} | {group.Count(g => g.BaselineFound)}/{n} | {group.Count(g => g.BaselineWrong)} |");
        }

        var edited = results.Where(r => r.Edit != "unrelated").ToList();
        var unrelated = results.Where(r => r.Edit == "unrelated").ToList();
        Console.WriteLine();
        Console.WriteLine($"recall over the edits: aligned {edited.Count(r => r.Found)}/{edited.Count}, baseline {edited.Count(r => r.BaselineFound)}/{edited.Count}; " +
            $"unrelated videos with an alarm: aligned {unrelated.Count(r => r.Found || r.Wrong)}/{unrelated.Count}, baseline {unrelated.Count(r => r.BaselineFound || r.BaselineWrong)}/{unrelated.Count}");
        Console.WriteLine($"per query video (16 s, 640×360 or less): shot detection + keyframes p50 {Percentile(results.Select(r => r.AnalyseMs).ToList(), 50):0} ms, p95 {Percentile(results.Select(r => r.AnalyseMs).ToList(), 95):0} ms; " +
            $"matching (signatures + index + verification + alignment) p50 {Percentile(results.Select(r => r.MatchMs).ToList(), 50):0} ms, p95 {Percentile(results.Select(r => r.MatchMs).ToList(), 95):0} ms against {entries.Count} reference keyframes");
    }

    private static async Task<PerceptualHash> MiddleHashAsync(VideoFrameSampler sampler, PictureDecoder decoder, string path)
    {
        // Frames a second apart (the sampler's, so no second decoder), and of those the one nearest the middle.
        var sampled = await sampler.SampleAsync(path, Path.GetFileName(path), 1.0, CancellationToken.None);
        var middle = sampled.Frames.MinBy(f => Math.Abs(f.Seconds - (sampled.DurationSeconds / 2)))!;
        var picture = Decode(decoder, middle.Jpeg);
        return PerceptualHasher.Compute(new RgbImage(picture.Width, picture.Height, picture.Rgb.ToArray())).PHash;
    }

    private static DecodedPicture Decode(PictureDecoder decoder, byte[] jpeg)
    {
        using var stream = new MemoryStream(jpeg, writable: false);
        return decoder.Decode(stream, "frame");
    }

    private static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
