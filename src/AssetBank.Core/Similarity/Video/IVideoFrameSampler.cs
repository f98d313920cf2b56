using AssetBank.Core.Errors;

namespace AssetBank.Core.Similarity.Video;

/// <summary>Shot detection and keyframes of a local video file, the same analysis ingestion runs, for video references.</summary>
public interface IVideoFrameSampler
{
    /// <summary>
    /// Detects the shots of the video at <paramref name="path"/> and takes frames from each: one in the middle of a short
    /// shot, one per <paramref name="maxSpacingSeconds"/> (evenly spread) in a longer one.
    /// </summary>
    /// <param name="name">Names the video in errors.</param>
    /// <exception cref="ContentRejectedException">Not a readable video, or over a limit.</exception>
    Task<SampledVideo> SampleAsync(string path, string name, double maxSpacingSeconds, CancellationToken cancellationToken);
}
