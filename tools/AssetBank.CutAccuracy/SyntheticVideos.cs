using System.Globalization;
using System.Text.Json;
using AssetBank.Media.Processes;

namespace AssetBank.CutAccuracy;

/// <summary>
/// Writes test videos with known transitions from ffmpeg's lavfi sources (nothing downloaded) plus <c>cuts.json</c>:
/// a 60 s clip with eight shots (busy, static and near-identical neighbours: the last cut joins two dark reds) and a
/// 20 s clip whose only transition is a 1 s crossfade.
/// </summary>
internal static class SyntheticVideos
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static readonly (string Source, double Seconds)[] Shots =
    [
        ("testsrc2=s={0}:r=25", 7),
        ("mandelbrot=s={0}:r=25:maxiter=200", 8),
        ("smptehdbars=s={0}:r=25", 7),
        ("cellauto=s=320x180:r=25:rule=90,scale={0}:flags=neighbor", 8),
        ("gradients=s={0}:r=25:speed=0.04:seed=11", 7),
        ("life=s=320x180:r=25:mold=8:ratio=0.15:life_color=#40c0ff:death_color=#202020,scale={0}:flags=neighbor", 8),
        ("color=c=#8b0000:s={0}:r=25", 7),
        ("color=c=#951010:s={0}:r=25", 8),
    ];

    public static async Task<string> WriteAsync(string folder, int width, int height, ProcessRunner runner, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        var cuts = new Dictionary<string, double[]>(StringComparer.Ordinal);

        var args = new List<string> { "-hide_banner", "-nostdin", "-loglevel", "error", "-y" };
        var graph = new System.Text.StringBuilder();
        for (var i = 0; i < Shots.Length; i++)
        {
            var (source, seconds) = Shots[i];
            args.AddRange(["-f", "lavfi", "-t", seconds.ToString(CultureInfo.InvariantCulture), "-i", string.Format(CultureInfo.InvariantCulture, source, size)]);
            graph.Append(CultureInfo.InvariantCulture, $"[{i}:v]format=yuv420p,setsar=1[v{i}];");
        }

        var total = Shots.Sum(s => s.Seconds);
        args.AddRange(["-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"sine=frequency=523:sample_rate=48000:d={total}")]);
        for (var i = 0; i < Shots.Length; i++)
        {
            graph.Append(CultureInfo.InvariantCulture, $"[v{i}]");
        }

        graph.Append(CultureInfo.InvariantCulture, $"concat=n={Shots.Length}:v=1:a=0[v]");
        var name = string.Create(CultureInfo.InvariantCulture, $"video_{height}p.mp4");
        args.AddRange(["-filter_complex", graph.ToString(), "-map", "[v]", "-map", string.Create(CultureInfo.InvariantCulture, $"{Shots.Length}:a"),
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k",
            Path.Combine(folder, name)]);
        await RunAsync(runner, args, ct);
        cuts[name] = [.. Shots.Select(s => s.Seconds).SkipLast(1).Select((_, i) => Shots.Take(i + 1).Sum(s => s.Seconds))];

        var dissolve = string.Create(CultureInfo.InvariantCulture, $"dissolve_{height}p.mp4");
        await RunAsync(runner,
        [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "lavfi", "-t", "10", "-i", string.Create(CultureInfo.InvariantCulture, $"testsrc2=s={size}:r=25"),
            "-f", "lavfi", "-t", "11", "-i", string.Create(CultureInfo.InvariantCulture, $"mandelbrot=s={size}:r=25:maxiter=200"),
            "-filter_complex", "[0:v]format=yuv420p,setsar=1[a];[1:v]format=yuv420p,setsar=1[b];[a][b]xfade=transition=fade:duration=1:offset=9[v]",
            "-map", "[v]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
            Path.Combine(folder, dissolve),
        ], ct);
        cuts[dissolve] = [9.5];

        var cutsPath = Path.Combine(folder, "cuts.json");
        await File.WriteAllTextAsync(cutsPath, JsonSerializer.Serialize(cuts, IndentedJson), ct);
        return cutsPath;
    }

    private static async Task RunAsync(ProcessRunner runner, IReadOnlyList<string> args, CancellationToken ct)
    {
        var request = new ProcessRequest("ffmpeg", args) { Timeout = TimeSpan.FromMinutes(10) };
        (await runner.RunAsync(request, ct)).EnsureSucceeded("synthesising test video", ct);
    }
}
