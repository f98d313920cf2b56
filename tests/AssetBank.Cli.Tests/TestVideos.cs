using System.Diagnostics;
using System.Globalization;
using SkiaSharp;
using static AssetBank.Cli.Tests.TestScenes;

namespace AssetBank.Cli.Tests;

/// <summary>Tiny videos made with ffmpeg from seeded stills, for the video reference and batch check commands.</summary>
internal static class TestVideos
{
    /// <summary>A silent H.264 video of still shots (seeded scenes, cached under <paramref name="stills"/>) cut hard one after another.</summary>
    public static async Task MakeAsync(string path, string stills, IReadOnlyList<(int Seed, double Seconds)> shots, string filter, int crf)
    {
        Directory.CreateDirectory(stills);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var arguments = new List<string> { "-hide_banner", "-nostdin", "-loglevel", "error", "-y" };
        foreach (var (seed, seconds) in shots)
        {
            var still = Path.Combine(stills, $"{seed}.jpg");
            if (!File.Exists(still))
            {
                using var scene = Scene(seed);
                Save(scene, still, SKEncodedImageFormat.Jpeg, 92);
            }

            arguments.AddRange(["-loop", "1", "-framerate", "25", "-t", seconds.ToString(CultureInfo.InvariantCulture), "-i", still]);
        }

        var inputs = string.Concat(Enumerable.Range(0, shots.Count).Select(i => $"[{i}:v]"));
        arguments.AddRange(["-filter_complex", $"{inputs}concat=n={shots.Count}:v=1:a=0,{filter},format=yuv420p", "-c:v", "libx264", "-preset", "ultrafast", "-crf", $"{crf}", path]);
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        arguments.ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
    }
}
