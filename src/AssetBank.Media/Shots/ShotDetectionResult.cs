namespace AssetBank.Media.Shots;

/// <summary>What one shot-detection run found.</summary>
/// <param name="Boundaries">Starts of shots after the first, in time order.</param>
/// <param name="DurationSeconds">The video's duration used for the shot list (probe, else the last decoded frame).</param>
/// <param name="DecodedSeconds">Presentation time of the last decoded frame: less than the duration when the file is damaged.</param>
/// <param name="FramesAnalysed">Frames scored by the dense pass.</param>
/// <param name="Elapsed">Wall time of the ffmpeg run.</param>
public sealed record ShotDetectionResult(
    IReadOnlyList<ShotBoundary> Boundaries,
    double DurationSeconds,
    double DecodedSeconds,
    int FramesAnalysed,
    TimeSpan Elapsed)
{
    /// <summary>Media seconds processed per wall second (× real time).</summary>
    public double SpeedFactor => Elapsed > TimeSpan.Zero ? DecodedSeconds / Elapsed.TotalSeconds : 0;
}
