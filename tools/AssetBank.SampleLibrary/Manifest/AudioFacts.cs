namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a generated audio file.</summary>
/// <param name="OffsetSeconds">For a trimmed copy: where in the original this file starts.</param>
public sealed record AudioFacts(
    double DurationSeconds,
    int SampleRate,
    int Channels,
    ImageRole Role,
    string? OriginalPath,
    IReadOnlyList<string> Alterations,
    double OffsetSeconds);
