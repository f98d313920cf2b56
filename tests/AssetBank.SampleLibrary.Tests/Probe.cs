using System.Globalization;
using System.Text.Json;
using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>ffprobe/ffmpeg helpers for assertions.</summary>
internal static class Probe
{
    /// <summary>ffprobe's JSON for a file (format and streams); fails the test if ffprobe fails.</summary>
    public static async Task<JsonDocument> JsonAsync(ProcessRunner runner, string path)
    {
        var result = await runner.RunCheckedAsync(
            "ffprobe",
            ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            path,
            CancellationToken.None);
        return JsonDocument.Parse(result.StdOut);
    }

    public static double Duration(JsonDocument probe) =>
        double.Parse(probe.RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);

    public static JsonElement Stream(JsonDocument probe, string codecType) =>
        probe.RootElement.GetProperty("streams").EnumerateArray().First(s => s.GetProperty("codec_type").GetString() == codecType);

    public static bool HasStream(JsonDocument probe, string codecType) =>
        probe.RootElement.GetProperty("streams").EnumerateArray().Any(s => s.GetProperty("codec_type").GetString() == codecType);

    /// <summary>Presentation times of the video's keyframes (only keyframes are decoded).</summary>
    public static async Task<IReadOnlyList<double>> KeyframeTimesAsync(ProcessRunner runner, string path)
    {
        var result = await runner.RunCheckedAsync(
            "ffprobe",
            ["-v", "error", "-select_streams", "v:0", "-skip_frame", "nokey", "-show_entries", "frame=pts_time", "-of", "csv=p=0", path],
            path,
            CancellationToken.None);
        return
        [
            .. result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => double.Parse(line.TrimEnd(','), CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>
    /// Frames whose scene score exceeds <paramref name="threshold"/>, with the score (the detection recipe
    /// from FACTS.md: loop filter skipped, ffmpeg's scene score).
    /// </summary>
    public static async Task<IReadOnlyList<(double Time, double Score)>> SceneScoresAsync(ProcessRunner runner, string path, double threshold)
    {
        var filter = string.Create(CultureInfo.InvariantCulture, $"select='gt(scene,{threshold})',metadata=print:key=lavfi.scene_score");
        var result = await runner.RunCheckedAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-skip_loop_filter", "all", "-i", path, "-vf", filter, "-an", "-f", "null", "-"],
            path,
            CancellationToken.None);
        return PairUp(result.StdErr, "pts_time:", "lavfi.scene_score=");
    }

    /// <summary>Mean luma (YAVG) of the frames with the given numbers, decoded in one pass.</summary>
    public static async Task<IReadOnlyList<(double Time, double Luma)>> MeanLumaAsync(ProcessRunner runner, string path, IEnumerable<int> frames)
    {
        var select = string.Join('+', frames.Select(n => string.Create(CultureInfo.InvariantCulture, $"eq(n,{n})")));
        var result = await runner.RunCheckedAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-i", path, "-vf", $"select='{select}',signalstats,metadata=print:key=lavfi.signalstats.YAVG", "-an", "-f", "null", "-"],
            path,
            CancellationToken.None);
        return PairUp(result.StdErr, "pts_time:", "lavfi.signalstats.YAVG=");
    }

    /// <summary>metadata=print writes a "frame:… pts_time:T" line, then "key=value" lines; pair each time with its value.</summary>
    private static List<(double, double)> PairUp(string stderr, string timeMarker, string valueMarker)
    {
        var pairs = new List<(double, double)>();
        double? time = null;
        foreach (var line in stderr.Split('\n'))
        {
            var t = line.IndexOf(timeMarker, StringComparison.Ordinal);
            if (t >= 0)
            {
                time = double.Parse(line[(t + timeMarker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
                continue;
            }

            var v = line.IndexOf(valueMarker, StringComparison.Ordinal);
            if (v >= 0 && time is { } at)
            {
                pairs.Add((at, double.Parse(line[(v + valueMarker.Length)..].Trim(), CultureInfo.InvariantCulture)));
                time = null;
            }
        }

        return pairs;
    }
}
