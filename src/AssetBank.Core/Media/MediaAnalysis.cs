using AssetBank.Core.Assets;

namespace AssetBank.Core.Media;

/// <summary>Everything media extraction derived from one asset: the union of the video, image and audio results.</summary>
/// <remarks>
/// Derived files (keyframes, thumbnails) live in the object store under <c>_derived/{sha256}/</c>; the keys here point
/// at them. A video has <see cref="Probe"/> and <see cref="Shots"/> and, when it has sound, <see cref="Audio"/>; an image
/// has <see cref="Image"/>; an audio file has <see cref="Probe"/> and <see cref="Audio"/>.
/// </remarks>
public sealed record MediaAnalysis
{
    public required AssetKind Kind { get; init; }

    /// <summary>Lower-case hex SHA-256 of the analysed content; names the derived prefix.</summary>
    public required string ContentSha256 { get; init; }

    public MediaProbe? Probe { get; init; }

    public IReadOnlyList<Shot> Shots { get; init; } = [];

    public ImageInfo? Image { get; init; }

    public AudioInfo? Audio { get; init; }

    /// <summary>A representative thumbnail: the image's own, or a video's first-shot thumbnail.</summary>
    public string? ThumbnailKey { get; init; }

    /// <summary>Where the subtitle text came from, e.g. <c>sidecar film.srt</c>, <c>embedded stream 2 (chi)</c>; empty when none.</summary>
    public IReadOnlyList<string> SubtitleSources { get; init; } = [];

    /// <summary>Text read from a still image by OCR (slogans on posters and key visuals); empty for other kinds or when OCR found none.</summary>
    public IReadOnlyList<OcrLine> ImageText { get; init; } = [];

    /// <summary>Non-fatal problems (an unreadable subtitle stream, a missing keyframe), for the catalog and the operator.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
