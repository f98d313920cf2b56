using System.Globalization;
using System.Text;
using AssetBank.Media.Processes;

namespace AssetBank.OcrEval;

/// <summary>
/// Writes 720p videos with known burned-in captions: ffmpeg lavfi backgrounds (flat dark, flat light with grain, test
/// pattern, fractal, moving gradients, cellular noise) and drawtext captions in Noto Sans/Serif CJK at several sizes,
/// colours, borders, boxes and positions. Returns the captions with their times as ground truth.
/// </summary>
public sealed class CaptionVideoGenerator
{
    private const string FontFolder = "/usr/share/fonts/opentype/noto";
    private const double CaptionSeconds = 2.5;

    private static readonly CaptionStyle[] DarkBackgroundStyles =
    [
        new("sans-40-white-border-bottom", "NotoSansCJK-Regular.ttc", 40, "white", "borderw=2:bordercolor=black", "(w-tw)/2", "h-th-60"),
        new("sans-bold-48-yellow-border-bottom", "NotoSansCJK-Bold.ttc", 48, "0xFFE14D", "borderw=3:bordercolor=black", "(w-tw)/2", "h-th-50"),
        new("serif-36-white-box-lowerthird", "NotoSerifCJK-Regular.ttc", 36, "white", "box=1:boxcolor=black@0.55:boxborderw=10", "(w-tw)/2", "h*0.72"),
        new("sans-bold-56-white-shadow-top", "NotoSansCJK-Bold.ttc", 56, "white", "shadowx=2:shadowy=2:shadowcolor=black", "(w-tw)/2", "70"),
        new("sans-30-white-border-middle-left", "NotoSansCJK-Regular.ttc", 30, "white", "borderw=2:bordercolor=black", "100", "(h-th)/2"),
        new("sans-bold-34-red-whitebox-topright", "NotoSansCJK-Bold.ttc", 34, "0x8B1A1A", "box=1:boxcolor=white@0.75:boxborderw=8", "w-tw-80", "60"),
        new("sans-28-white-border-bottom", "NotoSansCJK-Regular.ttc", 28, "white", "borderw=2:bordercolor=black", "(w-tw)/2", "h-th-40"),
    ];

    private static readonly CaptionStyle[] LightBackgroundStyles =
    [
        new("serif-bold-44-black-bottom", "NotoSerifCJK-Bold.ttc", 44, "black", "borderw=0", "(w-tw)/2", "h-th-60"),
        new("sans-36-darkblue-middle", "NotoSansCJK-Regular.ttc", 36, "0x1F3A68", "borderw=0", "(w-tw)/2", "(h-th)/2"),
        new("sans-bold-40-white-darkbox-bottom", "NotoSansCJK-Bold.ttc", 40, "white", "box=1:boxcolor=0x202020@0.8:boxborderw=10", "(w-tw)/2", "h-th-70"),
        new("serif-32-darkred-top-left", "NotoSerifCJK-Regular.ttc", 32, "0x8B1A1A", "borderw=0", "90", "80"),
    ];

    private readonly IProcessRunner _runner;

    public CaptionVideoGenerator(IProcessRunner runner) => _runner = runner;

    /// <summary>The backgrounds: name, lavfi source (1280×720, 25 fps) and whether captions need the light-background styles.</summary>
    public static IReadOnlyList<(string Name, string Source, bool Light)> Backgrounds { get; } =
    [
        ("flat-dark", "color=c=0x1a2533:size=1280x720:rate=25", false),
        ("light-grain", "color=c=0xf2efe6:size=1280x720:rate=25,noise=alls=12:allf=t", true),
        ("testsrc2", "testsrc2=size=1280x720:rate=25", false),
        ("mandelbrot", "mandelbrot=size=1280x720:rate=25", false),
        ("gradients", "gradients=size=1280x720:rate=25:speed=0.03", false),
        ("cellauto-noise", "cellauto=size=1280x720:rate=25:rule=30:random_fill_ratio=0.5,format=yuv420p", false),
        ("light-gradient", "gradients=size=1280x720:rate=25:c0=0xfafafa:c1=0xd8e4ee:speed=0.02", true),
        ("smpte-grain", "smptehdbars=size=1280x720:rate=25,noise=alls=25:allf=t", false),
    ];

    /// <summary>Writes <c>{name}.mp4</c> of <paramref name="seconds"/> with a caption every 2.5 s; returns its captions.</summary>
    public async Task<IReadOnlyList<CaptionTruth>> WriteAsync(
        string folder, string name, (string Name, string Source, bool Light) background, double seconds, int lineOffset, bool reuse, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var output = Path.Combine(folder, name + ".mp4");
        var skip = reuse && File.Exists(output);
        var styles = background.Light ? LightBackgroundStyles : DarkBackgroundStyles;
        var truth = new List<CaptionTruth>();
        var filter = new StringBuilder(background.Source);
        var count = (int)(seconds / CaptionSeconds);
        for (var i = 0; i < count; i++)
        {
            var text = CaptionLines.All[(lineOffset + i) % CaptionLines.All.Count];
            var style = styles[(lineOffset + i) % styles.Length];
            var start = i * CaptionSeconds;
            var end = start + CaptionSeconds - 0.2;
            var textFile = Path.Combine(folder, string.Create(inv, $"{name}-{i:D3}.txt"));
            if (!skip)
            {
                await File.WriteAllTextAsync(textFile, text, ct);
            }

            filter.Append(string.Create(inv,
                $",drawtext=fontfile={FontFolder}/{style.FontFile}:textfile={textFile}:fontsize={style.Size}:fontcolor={style.Color}:{style.Decoration}:x={style.X}:y={style.Y}:enable='between(t,{start:0.##},{end:0.##})'"));
            truth.Add(new CaptionTruth(text, start, end, style.Name));
        }

        if (skip)
        {
            return truth; // the same captions as the run that wrote it
        }

        var request = new ProcessRequest("ffmpeg",
        [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", filter.ToString(),
            "-t", seconds.ToString("0.##", inv), "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", output,
        ])
        { Timeout = TimeSpan.FromMinutes(5) };
        (await _runner.RunAsync(request, ct)).EnsureSucceeded($"writing {name}.mp4", ct);
        foreach (var file in Directory.EnumerateFiles(folder, name + "-*.txt"))
        {
            File.Delete(file);
        }

        return truth;
    }
}
