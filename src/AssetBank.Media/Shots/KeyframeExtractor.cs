using System.Globalization;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Shots;

/// <summary>
/// Writes one JPEG per requested time with as few ffmpeg runs as possible: each run opens the file once per time with
/// an input seek (<c>-ss</c> before <c>-i</c>, which decodes only from the nearest keyframe) and maps every input to its
/// own one-frame output, so a video costs a handful of short runs instead of a full second decode.
/// </summary>
public sealed class KeyframeExtractor
{
    /// <summary>Inputs per ffmpeg run: enough to amortise start-up, few enough to keep memory and open files small.</summary>
    public const int BatchSize = 16;

    private readonly IProcessRunner _runner;
    private readonly MediaOptions _options;

    public KeyframeExtractor(IProcessRunner runner, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _options = options.Value;
    }

    /// <summary>The ffmpeg arguments that write <paramref name="outputs"/>[i] at <paramref name="times"/>[i].</summary>
    public static IReadOnlyList<string> BuildArguments(string path, int streamIndex, IReadOnlyList<double> times, IReadOnlyList<string> outputs, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(outputs);
        if (times.Count != outputs.Count)
        {
            throw new ArgumentException("One output per time is needed.", nameof(outputs));
        }

        var args = new List<string> { "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y" };
        foreach (var time in times)
        {
            args.AddRange(["-ss", Math.Max(0, time).ToString("0.###", CultureInfo.InvariantCulture)]);
            args.AddRange(FfmpegInput.Arguments(path, options));
        }

        // Square pixels first (anamorphic video), then fit within maxSide without enlarging.
        var filter = string.Create(
            CultureInfo.InvariantCulture,
            $"scale='trunc(iw*sar)':ih,setsar=1,scale='min({options.KeyframeMaxSide},iw)':'min({options.KeyframeMaxSide},ih)':force_original_aspect_ratio=decrease");
        for (var i = 0; i < outputs.Count; i++)
        {
            args.AddRange(
            [
                "-map", string.Create(CultureInfo.InvariantCulture, $"{i}:{streamIndex}"),
                "-frames:v", "1", "-vf", filter, "-q:v", "3", "-pix_fmt", "yuvj420p", "-f", "image2", "-update", "1", outputs[i],
            ]);
        }

        return args;
    }

    /// <summary>Extracts one frame per time into <paramref name="outputDirectory"/>; the result holds each file, or null where none was written.</summary>
    /// <exception cref="MediaToolException">A run failed or timed out.</exception>
    public async Task<IReadOnlyList<string?>> ExtractAsync(
        string path,
        int streamIndex,
        IReadOnlyList<double> times,
        string outputDirectory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        Directory.CreateDirectory(outputDirectory);

        var results = new string?[times.Count];
        for (var start = 0; start < times.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, times.Count - start);
            var batchTimes = times.Skip(start).Take(count).ToList();
            var outputs = Enumerable.Range(start, count)
                .Select(i => Path.Combine(outputDirectory, string.Create(CultureInfo.InvariantCulture, $"keyframe-{i:D5}.jpg")))
                .ToList();
            var request = new ProcessRequest(_options.FfmpegPath, BuildArguments(path, streamIndex, batchTimes, outputs, _options))
            {
                Timeout = _options.ToolTimeout,
                MaxStdoutBytes = 64 * 1024,
            };
            var operation = $"extracting keyframes {start + 1}–{start + count} from '{Path.GetFileName(path)}'";
            (await _runner.RunAsync(request, cancellationToken)).EnsureSucceeded(operation, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                var info = new FileInfo(outputs[i]);
                results[start + i] = info.Exists && info.Length > 0 ? info.FullName : null;
            }
        }

        return results;
    }
}
