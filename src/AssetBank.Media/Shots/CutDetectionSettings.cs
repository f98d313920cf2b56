namespace AssetBank.Media.Shots;

/// <summary>The knobs of <see cref="CutDetector"/>; see <see cref="MediaOptions"/> for what each means and its default.</summary>
public sealed record CutDetectionSettings(
    double SceneThreshold = 0.08,
    double SceneCertainThreshold = 0.3,
    double SceneContrast = 3.0,
    double DissolveSampleRate = 2.0,
    double DissolveThreshold = 0.15,
    double DissolveContrast = 2.5,
    double MinShotSeconds = 0.4,
    int MaxShots = 2000)
{
    public static CutDetectionSettings Default { get; } = new();

    public static CutDetectionSettings FromOptions(MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CutDetectionSettings(
            options.SceneThreshold,
            options.SceneCertainThreshold,
            options.SceneContrast,
            options.DissolveSampleRate,
            options.DissolveThreshold,
            options.DissolveContrast,
            options.MinShotLength.TotalSeconds,
            options.MaxShots);
    }
}
