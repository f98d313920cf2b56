using System.Globalization;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// A planted reused shot: a new cut whose middle shot is the baby TVC's Mandelbrot shot, trimmed at both ends (up to
/// six frames, keeping it two seconds long), brightened and re-encoded harder, between two new shots (Game of Life and a cellular automaton, patterns that no
/// other file of the library shows). It has no theme, so strategist queries neither expect nor exclude it.
/// </summary>
internal static class ReusedShotPlanner
{
    public const string RecutPath = "videos/recut_reused_shot.mp4";
    private const int NewShotFrames = 50;
    /// <summary>Frames trimmed at each end of the reused shot, as far as the shot stays two seconds long (every shot of the library does).</summary>
    private const int MaxTrimFrames = 6;

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, SizeProfile profile, int seed)
    {
        var muying = themes.Single(t => t.Id == "muying");
        // The same layout VideoPlanner encodes: same specs, same seeded random.
        var layout = VideoLayout.Build(muying.Shots, profile, SeededRandom.For(seed, "video/" + muying.Slug));
        var original = layout.Shots.First(s => s.Spec.Source == ShotSource.Mandelbrot);
        var trim = Math.Clamp((original.Frames - (2 * SizeProfile.FrameRate)) / 2, 0, MaxTrimFrames);
        var from = original.StartFrame + trim;
        var to = original.EndFrame - trim;
        var random = SeededRandom.For(seed, "video/recut");
        (ShotSource Source, string Caption, int Seed)[] newShots =
        [
            (ShotSource.Life, "新春限定，暖奶器焕新上市", random.Next(1, 10_000)),
            (ShotSource.CellAuto, "年货节下单，立减一百元", random.Next(1, 10_000)),
        ];
        var reusedFrames = to - from;
        var shots = new List<ShotFacts>
        {
            new(0, 0, Seconds(NewShotFrames), VideoPlanner.SourceName(newShots[0].Source), newShots[0].Caption, null),
            new(1, Seconds(NewShotFrames), Seconds(NewShotFrames + reusedFrames), VideoPlanner.SourceName(original.Spec.Source), original.Spec.Caption, null),
            new(2, Seconds(NewShotFrames + reusedFrames), Seconds((2 * NewShotFrames) + reusedFrames), VideoPlanner.SourceName(newShots[1].Source), newShots[1].Caption, null),
        };
        var total = (2 * NewShotFrames) + reusedFrames;
        string[] alterations = trim > 0
            ? [Alterations.ReusedShot, Alterations.TrimShot, Alterations.Regrade, Alterations.Reencode]
            : [Alterations.ReusedShot, Alterations.Regrade, Alterations.Reencode];
        var reuse = new ShotReuseFacts(VideoPlanner.VideoPath(muying), original.Index, Seconds(from), Seconds(to), 1, shots[1].Start, shots[1].End, alterations);
        var facts = new VideoFacts(
            Seconds(total),
            profile.VideoWidth,
            profile.VideoHeight,
            SizeProfile.FrameRate,
            HasAudio: true,
            KeyframesOnCuts: true,
            shots,
            [new CutFacts(shots[1].Start, false, false, null, null), new CutFacts(shots[2].Start, false, false, null, null)],
            null,
            [])
        {
            ReusedShot = reuse,
        };

        var entry = new ManifestEntry(RecutPath, SampleKind.Video, "mp4", "安稚暖奶器 年货节剪辑版", []) { Video = facts };
        var step = new GenerationStep(RecutPath, Phase: 1, [RecutPath], (ctx, ct) => EncodeAsync(ctx, reuse.OriginalPath, from, to, newShots, total, ct));
        return new PlanPart([entry], [step], [new DuplicatePair(SampleKind.Video, reuse.OriginalPath, RecutPath, alterations)], []);
    }

    private static async Task EncodeAsync(StepContext ctx, string originalPath, int from, int to, (ShotSource Source, string Caption, int Seed)[] newShots, int totalFrames, CancellationToken ct)
    {
        var profile = ctx.Profile;
        var font = FilterEscaping.OptionValue(ctx.FontFile);
        var length = Timecode.Arg(Timecode.Seconds(NewShotFrames + 1));
        var captions = new List<string>();
        foreach (var (_, caption, _) in newShots)
        {
            captions.Add(await ctx.ScratchTextAsync($"recut-caption-{captions.Count}.txt", caption, ct));
        }

        string NewShot(int input, int index) => I($"[{input}:v]trim=end_frame={NewShotFrames},setpts=PTS-STARTPTS,") +
            VideoPlanner.CaptionFilter(font, captions[index], profile.CaptionFontSize) + I($",format=yuv420p,setsar=1,settb=1/25[s{index}];");

        var graph = NewShot(0, 0)
            + I($"[1:v]trim=start_frame={from}:end_frame={to},setpts=PTS-STARTPTS,eq=brightness=0.06:contrast=1.08,format=yuv420p,setsar=1,settb=1/25[r];")
            + NewShot(2, 1)
            + "[s0][r][s1]concat=n=3:v=1:a=0[v]";
        var duration = Timecode.Arg(Timecode.Seconds(totalFrames));
        List<string> args =
        [
            "-f", "lavfi", "-t", length, "-i", ShotSources.Graph(newShots[0].Source, profile.VideoWidth, profile.VideoHeight, newShots[0].Seed, null),
            "-i", ctx.Input(originalPath),
            "-f", "lavfi", "-t", length, "-i", ShotSources.Graph(newShots[1].Source, profile.VideoWidth, profile.VideoHeight, newShots[1].Seed, null),
            "-f", "lavfi", "-t", duration, "-i", "sine=frequency=330:sample_rate=48000",
            "-filter_complex", graph, "-map", "[v]", "-map", "3:a",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", (profile.Crf + 4).ToString(CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "64k", "-t", duration, "-movflags", "+faststart", ctx.Output(RecutPath),
        ];
        await ctx.FfmpegAsync(args, RecutPath, ct);
    }

    private static double Seconds(int frames) => Timecode.Seconds(frames);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
