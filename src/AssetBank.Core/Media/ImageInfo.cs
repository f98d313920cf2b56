namespace AssetBank.Core.Media;

/// <summary>What image analysis derived from a still picture.</summary>
/// <param name="Width">Width as displayed, after EXIF orientation.</param>
/// <param name="Height">Height as displayed, after EXIF orientation.</param>
/// <param name="Orientation">The EXIF orientation found in the file (already applied to thumbnail and hashes).</param>
/// <param name="Format">Encoded format, lower case: <c>jpeg</c>, <c>png</c>, <c>webp</c>, <c>gif</c>, <c>bmp</c>, …</param>
/// <param name="HasAlpha">The picture has transparency; it was flattened onto a fixed background before hashing.</param>
/// <param name="DominantColors">A small palette, largest share first.</param>
/// <param name="ThumbnailKey">Object key of the thumbnail under the derived prefix; null when none was written.</param>
public sealed record ImageInfo(
    int Width,
    int Height,
    ImageOrientation Orientation,
    string Format,
    bool HasAlpha,
    IReadOnlyList<DominantColor> DominantColors,
    ImageHashes Hashes,
    string? ThumbnailKey);
