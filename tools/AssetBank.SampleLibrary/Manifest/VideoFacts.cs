namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a generated video.</summary>
/// <param name="KeyframesOnCuts">False where the encoder used a fixed GOP with scene-cut detection off.</param>
/// <param name="SubtitlePath">The sidecar .srt, relative to the library root, if the video has one.</param>
public sealed record VideoFacts(
    double DurationSeconds,
    int Width,
    int Height,
    int FrameRate,
    bool HasAudio,
    bool KeyframesOnCuts,
    IReadOnlyList<ShotFacts> Shots,
    IReadOnlyList<CutFacts> Cuts,
    string? SubtitlePath,
    IReadOnlyList<SubtitleCue> SubtitleCues)
{
    /// <summary>Set on a new cut that reuses a shot of another video of the library (a planted duplicate).</summary>
    public ShotReuseFacts? ReusedShot { get; init; }
}
