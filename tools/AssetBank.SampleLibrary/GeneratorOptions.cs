namespace AssetBank.SampleLibrary;

/// <summary>What to generate and where.</summary>
/// <param name="OutputDirectory">The library root; created if missing. A previous library there is replaced.</param>
/// <param name="FontFile">A CJK font for burned-in captions; null picks an installed one (Noto Sans CJK first).</param>
public sealed record GeneratorOptions(
    string OutputDirectory,
    LibrarySize Size = LibrarySize.Small,
    int Seed = GeneratorOptions.DefaultSeed,
    string FfmpegPath = "ffmpeg",
    string? FontFile = null,
    int MaxParallel = 2,
    TimeSpan? ProcessTimeout = null)
{
    public const int DefaultSeed = 20240601;

    public TimeSpan EffectiveProcessTimeout => ProcessTimeout ?? TimeSpan.FromMinutes(5);
}
