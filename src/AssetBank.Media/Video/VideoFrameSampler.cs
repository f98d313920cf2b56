using System.Globalization;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity.Video;
using AssetBank.Media.Probing;
using AssetBank.Media.Processes;
using AssetBank.Media.Shots;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Video;

/// <summary>
/// Shots and keyframes of a reference video with ingestion's own detector and extractor (<see cref="ShotRanges"/>), several
/// keyframes in a long shot. Nothing is written to the object store: the frames are handed back.
/// </summary>
public sealed class VideoFrameSampler(IProcessRunner runner, IOptions<MediaOptions> options) : IVideoFrameSampler
{
    private readonly MediaProber _prober = new(runner, options);
    private readonly ShotDetector _shots = new(runner, options);
    private readonly KeyframeExtractor _keyframes = new(runner, options);

    public async Task<SampledVideo> SampleAsync(string path, string name, double maxSpacingSeconds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSpacingSeconds);
        var limits = options.Value;
        var folder = Path.Combine(Path.GetTempPath(), "assetbank-media", Guid.NewGuid().ToString("N"));
        try
        {
            var probe = await _prober.ProbeAsync(path, cancellationToken);
            var video = probe.PrimaryVideo ?? throw new ContentRejectedException(name, $"no video stream (container {probe.Container})");
            if (probe.Duration is { } duration && duration > limits.MaxDuration)
            {
                throw new ContentRejectedException(name, string.Create(CultureInfo.InvariantCulture, $"duration {duration:hh\\:mm\\:ss} exceeds the limit of {limits.MaxDuration:hh\\:mm\\:ss}"));
            }

            if (video.Width is { } w && video.Height is { } h && (long)w * h > limits.MaxVideoFramePixels)
            {
                throw new ContentRejectedException(name, string.Create(CultureInfo.InvariantCulture, $"video frames of {w}×{h} exceed the limit of {limits.MaxVideoFramePixels / 1e6:0.#} MP"));
            }

            var detection = await _shots.DetectAsync(path, probe, cancellationToken);
            var ranges = ShotRanges.From(detection);
            var frame = 1.0 / (video.FrameRate ?? 25.0);
            var planned = new List<(int Shot, double Time)>();
            for (var i = 0; i < ranges.Count; i++)
            {
                var count = (int)Math.Ceiling((ranges[i].End - ranges[i].Start) / maxSpacingSeconds);
                planned.AddRange(ShotRanges.KeyframeTimes(ranges[i].Start, ranges[i].End, frame, count).Select(t => (i, t)));
            }

            var files = await _keyframes.ExtractAsync(path, video.Index, planned.Select(p => p.Time).ToList(), folder, cancellationToken);
            var frames = new List<VideoFrameSample>(planned.Count);
            for (var i = 0; i < planned.Count; i++)
            {
                if (files[i] is { } file)
                {
                    var range = ranges[planned[i].Shot];
                    frames.Add(new VideoFrameSample(planned[i].Shot, range.Start, range.End, planned[i].Time, await File.ReadAllBytesAsync(file, cancellationToken)));
                }
            }

            return new SampledVideo(ShotRanges.DecodableEnd(detection), ranges.Count, frames);
        }
        catch (MediaToolException ex)
        {
            throw new ContentRejectedException(name, $"the video cannot be analysed: {ex.Reason}", ex);
        }
        catch (FormatException ex)
        {
            throw new ContentRejectedException(name, "ffprobe output could not be understood", ex);
        }
        finally
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing an import for.
            }
        }
    }
}
