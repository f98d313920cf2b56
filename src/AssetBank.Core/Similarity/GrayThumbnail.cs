namespace AssetBank.Core.Similarity;

/// <summary>
/// A small luminance picture of a picture's content (inside trimmed borders and UI chrome; longer side about 96 px,
/// contrast-normalised) for dense alignment: pictures too smooth for keypoints are still verified by aligning one onto
/// the other and correlating their structure.
/// </summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Row-major 8-bit values, <paramref name="Width"/> × <paramref name="Height"/>.</param>
/// <param name="Content">Where the content lies in the whole picture, as shares of its width and height.</param>
public sealed record GrayThumbnail(int Width, int Height, byte[] Pixels, MatchedRegion Content)
{
    public static GrayThumbnail Empty { get; } = new(0, 0, [], new MatchedRegion(0, 0, 1, 1));

    public bool IsEmpty => Pixels.Length == 0;
}
