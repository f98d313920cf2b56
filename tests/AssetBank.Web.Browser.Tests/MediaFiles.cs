using System.Diagnostics;

namespace AssetBank.Web.Browser.Tests;

/// <summary>Small media made with ffmpeg for the browser journeys.</summary>
internal static class MediaFiles
{
    /// <summary>Four seconds: two seconds of test pattern, a hard cut, two seconds of colour bars.</summary>
    public static async Task TwoSceneVideoAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg")
        {
            ArgumentList =
            {
                "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=2",
                "-f", "lavfi", "-i", "smptebars=size=320x180:rate=25:duration=2",
                "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0[v]", "-map", "[v]", "-pix_fmt", "yuv420p", path,
            },
            RedirectStandardError = true,
        })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("ffmpeg could not make the test video: " + errors);
        }
    }

    /// <summary>A 640×360 frame of ffmpeg's testsrc2 pattern, optionally altered by a filter (crop, grade…).</summary>
    public static async Task PictureAsync(string path, string? filter = null)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-frames:v", "1" })
        {
            info.ArgumentList.Add(argument);
        }

        if (filter is not null)
        {
            info.ArgumentList.Add("-vf");
            info.ArgumentList.Add(filter);
        }

        info.ArgumentList.Add(path);
        using var process = Process.Start(info)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("ffmpeg could not make the test picture: " + errors);
        }
    }
}
