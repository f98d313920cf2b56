namespace AssetBank.Core.Media;

/// <summary>A time range of a video: the unit of shot-level search results.</summary>
/// <param name="Index">0-based position in the video.</param>
/// <param name="Start">Where the shot begins, accurate to about one frame for cuts (the middle for dissolves).</param>
/// <param name="End">Where the next shot begins, or the end of the video.</param>
/// <param name="KeyframeTime">The frame chosen to represent the shot (mid-shot).</param>
/// <param name="KeyframeKey">Object key of the keyframe JPEG under the derived prefix; null when extraction failed.</param>
/// <param name="ThumbnailKey">Object key of the small thumbnail; null when extraction failed.</param>
/// <param name="Hashes">Perceptual hashes of the keyframe; null when extraction failed.</param>
/// <param name="SubtitleText">Subtitle cues overlapping the shot, in order, one per line; null when there are none.</param>
/// <param name="Transition">How the shot begins.</param>
/// <param name="BoundaryScore">ffmpeg's scene score (0–1) at the boundary that starts the shot; null for the first shot.</param>
/// <param name="OcrLines">Text burned into the picture during the shot (captions, supers, end cards), each line with the time
/// range it was seen; null when OCR was off or found nothing.</param>
public sealed record Shot(
    int Index,
    TimeSpan Start,
    TimeSpan End,
    TimeSpan KeyframeTime,
    string? KeyframeKey,
    string? ThumbnailKey,
    ImageHashes? Hashes,
    string? SubtitleText,
    ShotTransition Transition = ShotTransition.Start,
    double? BoundaryScore = null,
    IReadOnlyList<OcrLine>? OcrLines = null)
{
    public TimeSpan Duration => End - Start;

    /// <summary>The OCR lines joined one per line; null when there are none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? OcrText => OcrLines is { Count: > 0 } lines ? string.Join('\n', lines.Select(l => l.Text)) : null;
}
