namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// A planted reuse: shot <see cref="ShotIndex"/> of this video (<see cref="Start"/>–<see cref="End"/>, seconds) is
/// the stretch <see cref="OriginalStart"/>–<see cref="OriginalEnd"/> of shot <see cref="OriginalShotIndex"/> of
/// <see cref="OriginalPath"/>, altered as <see cref="Alterations"/> names. A copyright check against the original
/// should alarm on these two time ranges and on no other shot.
/// </summary>
public sealed record ShotReuseFacts(
    string OriginalPath,
    int OriginalShotIndex,
    double OriginalStart,
    double OriginalEnd,
    int ShotIndex,
    double Start,
    double End,
    IReadOnlyList<string> Alterations);
