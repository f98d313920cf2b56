using System.Diagnostics;
using System.Globalization;

namespace AssetBank.SimilarityEval;

/// <summary>The evaluation's videos, made with ffmpeg: shots that move over real photos, and the edits of a licensed video.</summary>
internal static class VideoClips
{
    public const double ShotSeconds = 4.0;
    private const int Fps = 25;

    /// <summary>One shot per still: a slow zoom in, or a pan across a slightly zoomed picture, every other shot.</summary>
    public static Task ShotsAsync(IReadOnlyList<string> stills, string output)
    {
        var frames = (int)(ShotSeconds * Fps);
        var arguments = new List<string>();
        var filters = new List<string>();
        for (var i = 0; i < stills.Count; i++)
        {
            arguments.AddRange(["-i", stills[i]]);
            var motion = i % 2 == 0
                ? $"z='1+0.002*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)'"
                : $"z=1.15:x='(iw-iw/zoom)*on/{frames}':y='ih/2-(ih/zoom/2)'";
            filters.Add($"[{i}:v]scale=1280:720:force_original_aspect_ratio=increase,crop=1280:720,zoompan={motion}:d={frames}:s=640x360:fps={Fps},setsar=1[s{i}]");
        }

        var inputs = string.Concat(Enumerable.Range(0, stills.Count).Select(i => $"[s{i}]"));
        filters.Add($"{inputs}concat=n={stills.Count}:v=1:a=0,format=yuv420p[out]");
        return EncodeAsync(arguments, string.Join(';', filters), "640:360", 23, output);
    }

    /// <summary>
    /// Cuts segments (input, start, end in seconds) out of the inputs and joins them, then applies <paramref name="grade"/>
    /// (an ffmpeg filter or empty) and encodes at <paramref name="size"/> with <paramref name="crf"/>.
    /// </summary>
    public static Task EditAsync(IReadOnlyList<string> inputs, IReadOnlyList<(int Input, double Start, double End)> segments, string grade, string size, int crf, string output)
    {
        var arguments = inputs.SelectMany(i => new[] { "-i", i }).ToList();
        var filters = segments.Select((s, i) => string.Create(CultureInfo.InvariantCulture,
            $"[{s.Input}:v]trim={s.Start}:{s.End},setpts=PTS-STARTPTS[c{i}]")).ToList();
        var joined = string.Concat(Enumerable.Range(0, segments.Count).Select(i => $"[c{i}]"));
        filters.Add($"{joined}concat=n={segments.Count}:v=1:a=0{(grade.Length > 0 ? "," + grade : string.Empty)},format=yuv420p[out]");
        return EncodeAsync(arguments, string.Join(';', filters), size, crf, output);
    }

    private static async Task EncodeAsync(List<string> arguments, string filter, string size, int crf, string output)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments,
            "-filter_complex", filter.Replace("[out]", $",scale={size}[out]", StringComparison.Ordinal), "-map", "[out]",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", crf.ToString(CultureInfo.InvariantCulture), "-r", Fps.ToString(CultureInfo.InvariantCulture), output])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed making {output}: {error}");
        }
    }
}
