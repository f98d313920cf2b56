using System.Globalization;
using AssetBank.Core.Collections;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media;

/// <summary>
/// Cuts a shot out of a video with ffmpeg through the one process runner: an input seek, then a re-encode (H.264/AAC)
/// so the clip starts on the shot's first frame rather than the nearest earlier keyframe.
/// </summary>
public sealed class FfmpegClipCutter(IProcessRunner runner, IOptions<MediaOptions> options) : IClipCutter
{
    public static IReadOnlyList<string> BuildArguments(string sourcePath, double startSeconds, double endSeconds, string outputPath, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string> { "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y" };
        args.AddRange(["-ss", Math.Max(0, startSeconds).ToString("0.###", CultureInfo.InvariantCulture)]);
        args.AddRange(FfmpegInput.Arguments(sourcePath, options));
        args.AddRange(
        [
            "-t", Math.Max(0.04, endSeconds - startSeconds).ToString("0.###", CultureInfo.InvariantCulture),
            "-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "128k",
            "-movflags", "+faststart", "-f", "mp4", outputPath,
        ]);
        return args;
    }

    public async Task CutAsync(string sourcePath, double startSeconds, double endSeconds, string outputPath, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var length = Math.Max(0, endSeconds - startSeconds);
        var request = new ProcessRequest(settings.FfmpegPath, BuildArguments(sourcePath, startSeconds, endSeconds, outputPath, settings))
        {
            Timeout = settings.DecodeTimeoutBase + TimeSpan.FromSeconds(length * settings.DecodeTimeoutPerMediaSecond * 2),
        };
        var result = await runner.RunAsync(request, cancellationToken);
        result.EnsureSucceeded(string.Create(CultureInfo.InvariantCulture, $"cutting {startSeconds:0.##}–{endSeconds:0.##} s of '{Path.GetFileName(sourcePath)}'"), cancellationToken);
    }
}
