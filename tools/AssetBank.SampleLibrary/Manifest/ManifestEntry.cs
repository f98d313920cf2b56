namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// One file of the sample library. <see cref="Path"/> is relative to the library root with '/' separators.
/// Exactly one of the kind-specific facts is set, matching <see cref="Kind"/> (none for plain kinds).
/// </summary>
public sealed record ManifestEntry(
    string Path,
    SampleKind Kind,
    string Format,
    string? Title,
    IReadOnlyList<ThemeTags> Themes)
{
    public VideoFacts? Video { get; init; }

    public SubtitleFacts? Subtitle { get; init; }

    public ImageFacts? Image { get; init; }

    public AudioFacts? Audio { get; init; }

    public CopyFacts? Copy { get; init; }

    public KolListFacts? KolList { get; init; }

    public SocialFacts? Social { get; init; }

    public BadFileFacts? Bad { get; init; }
}
