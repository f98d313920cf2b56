using System.Globalization;
using System.Text;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>One TVC-like clip per theme: lavfi shots with burned-in Chinese captions, known cuts, a tone soundtrack, optional .srt.</summary>
internal static class VideoPlanner
{
    public static string VideoPath(ThemeContent theme) => "videos/" + theme.VideoFile;

    public static string SubtitlePath(ThemeContent theme) => "videos/" + Path.GetFileNameWithoutExtension(theme.VideoFile) + ".srt";

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, SizeProfile profile, int seed)
    {
        var entries = new List<ManifestEntry>();
        var steps = new List<GenerationStep>();
        foreach (var theme in themes)
        {
            var layout = VideoLayout.Build(theme.Shots, profile, SeededRandom.For(seed, "video/" + theme.Slug));
            var videoPath = VideoPath(theme);
            var cues = theme.WithSubtitles ? layout.Cues() : [];
            string? subtitlePath = theme.WithSubtitles ? SubtitlePath(theme) : null;
            var shots = layout.Shots
                .Select(s => new ShotFacts(
                    s.Index,
                    Timecode.Seconds(s.StartFrame),
                    Timecode.Seconds(s.EndFrame),
                    SourceName(s.Spec.Source),
                    s.Spec.Caption,
                    s.Spec.Voiceover))
                .ToList();
            var facts = new VideoFacts(
                Timecode.Seconds(layout.TotalFrames),
                profile.VideoWidth,
                profile.VideoHeight,
                SizeProfile.FrameRate,
                HasAudio: true,
                KeyframesOnCuts: !theme.FixedGop,
                shots,
                layout.Cuts,
                subtitlePath,
                cues);
            entries.Add(new ManifestEntry(videoPath, SampleKind.Video, "mp4", theme.VideoTitle, [theme.Tags]) { Video = facts });
            steps.Add(new GenerationStep(
                videoPath,
                Phase: 0,
                [videoPath],
                (ctx, ct) => EncodeAsync(ctx, theme, layout, videoPath, ct)));

            if (subtitlePath is not null)
            {
                entries.Add(new ManifestEntry(subtitlePath, SampleKind.Subtitle, "srt", theme.VideoTitle + " 字幕", [theme.Tags])
                {
                    Subtitle = new SubtitleFacts(videoPath, "utf-8", cues),
                });
                steps.Add(new GenerationStep(
                    subtitlePath,
                    Phase: 0,
                    [subtitlePath],
                    (ctx, ct) => File.WriteAllTextAsync(ctx.Output(subtitlePath), Srt(cues), Encodings.Utf8NoBom, ct)));
            }
        }

        return new PlanPart(entries, steps, [], []);
    }

    /// <summary>SubRip text with CRLF line ends, as subtitle tools export it.</summary>
    public static string Srt(IReadOnlyList<SubtitleCue> cues)
    {
        var builder = new StringBuilder();
        foreach (var cue in cues)
        {
            builder.Append(cue.Index.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            builder.Append(Timecode.Srt(cue.Start)).Append(" --> ").Append(Timecode.Srt(cue.End)).Append("\r\n");
            builder.Append(cue.Text).Append("\r\n\r\n");
        }

        return builder.ToString();
    }

    /// <summary>The burned-in caption: white text on a translucent box, centred near the bottom.</summary>
    public static string CaptionFilter(string escapedFont, string captionFile, int fontSize) =>
        string.Create(CultureInfo.InvariantCulture, $"drawtext=fontfile={escapedFont}:textfile={FilterEscaping.OptionValue(captionFile)}:expansion=none") +
        string.Create(CultureInfo.InvariantCulture, $":fontsize={fontSize}:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw={Math.Max(fontSize / 3, 4)}") +
        string.Create(CultureInfo.InvariantCulture, $":x=(w-tw)/2:y=h-th-{fontSize}");

    public static string SourceName(ShotSource source) => source switch
    {
        ShotSource.TestSrc2 => "testsrc2",
        ShotSource.Mandelbrot => "mandelbrot",
        ShotSource.SmpteHdBars => "smptehdbars",
        ShotSource.Color => "color",
        ShotSource.Gradients => "gradients",
        ShotSource.Life => "life",
        ShotSource.CellAuto => "cellauto",
        ShotSource.Plasma => "plasma",
        ShotSource.Sierpinski => "sierpinski",
        ShotSource.RgbTestSrc => "rgbtestsrc",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown shot source."),
    };

    private static async Task EncodeAsync(StepContext ctx, ThemeContent theme, VideoLayout layout, string videoPath, CancellationToken ct)
    {
        var profile = ctx.Profile;
        var args = new List<string>();
        var graph = new StringBuilder();
        var font = FilterEscaping.OptionValue(ctx.FontFile);
        var fontSize = profile.CaptionFontSize;
        foreach (var shot in layout.Shots)
        {
            var source = ShotSources.Graph(shot.Spec.Source, profile.VideoWidth, profile.VideoHeight, shot.SourceSeed, shot.Spec.Color);
            args.AddRange(["-f", "lavfi", "-t", Timecode.Arg(Timecode.Seconds(shot.Frames + 1)), "-i", source]);
            var captionFile = await ctx.ScratchTextAsync($"{theme.Slug}-caption-{shot.Index}.txt", shot.Spec.Caption, ct);
            graph.Append(CultureInfo.InvariantCulture, $"[{shot.Index}:v]trim=end_frame={shot.Frames},setpts=PTS-STARTPTS,")
                .Append(CaptionFilter(font, captionFile, fontSize))
                .Append(CultureInfo.InvariantCulture, $",format=yuv420p,setsar=1,settb=1/25[s{shot.Index}];");
        }

        // Pairwise: a concat for a cut, an xfade for a crossfade; settb keeps the time bases equal, which xfade requires.
        var current = "s0";
        var length = layout.Shots[0].Frames;
        for (var i = 1; i < layout.Shots.Count; i++)
        {
            var shot = layout.Shots[i];
            var label = i == layout.Shots.Count - 1 ? "v" : $"c{i}";
            if (shot.Spec.Into == TransitionKind.Crossfade)
            {
                var offset = Timecode.Arg(Timecode.Seconds(length - SizeProfile.CrossfadeFrames));
                graph.Append(CultureInfo.InvariantCulture, $"[{current}][s{i}]xfade=transition=fade:duration=1:offset={offset},settb=1/25[{label}];");
                length += shot.Frames - SizeProfile.CrossfadeFrames;
            }
            else
            {
                graph.Append(CultureInfo.InvariantCulture, $"[{current}][s{i}]concat=n=2:v=1:a=0,settb=1/25[{label}];");
                length += shot.Frames;
            }

            current = label;
        }

        if (layout.Shots.Count == 1)
        {
            graph.Append("[s0]null[v];");
        }

        var duration = Timecode.Arg(Timecode.Seconds(layout.TotalFrames));
        var tone = theme.ToneHz.ToString(CultureInfo.InvariantCulture);
        var melody = $"0.25*sin(2*PI*t*{tone}*(1+floor(mod(t*2,4))/4))+0.08*sin(2*PI*t*{tone}*2)";
        args.AddRange(["-f", "lavfi", "-t", duration, "-i", "aevalsrc=exprs=" + FilterEscaping.OptionValue(melody) + ":s=48000"]);
        var audioInput = layout.Shots.Count.ToString(CultureInfo.InvariantCulture);

        args.AddRange(["-filter_complex", graph.ToString().TrimEnd(';'), "-map", "[v]", "-map", audioInput + ":a"]);
        args.AddRange(["-c:v", "libx264", "-preset", "veryfast", "-crf", profile.Crf.ToString(CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p"]);
        if (theme.FixedGop)
        {
            args.AddRange(["-g", "50", "-keyint_min", "50", "-sc_threshold", "0"]);
        }

        args.AddRange(["-c:a", "aac", "-b:a", "96k", "-t", duration, "-metadata", "title=" + theme.VideoTitle]);
        if (!theme.FixedGop)
        {
            // Web deliverables put the index first; the fixed-GOP clip keeps it last, so a truncated copy lacks it.
            args.AddRange(["-movflags", "+faststart"]);
        }

        args.Add(ctx.Output(videoPath));
        await ctx.FfmpegAsync(args, videoPath, ct);
    }
}
