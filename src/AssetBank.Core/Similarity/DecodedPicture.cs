namespace AssetBank.Core.Similarity;

/// <summary>
/// A picture decoded for comparison: oriented as displayed, alpha flattened, reduced to a working size
/// (longer side about 512 px), 8-bit RGB, rows top to bottom.
/// </summary>
/// <param name="Width">Working width in pixels.</param>
/// <param name="Height">Working height in pixels.</param>
/// <param name="Rgb">Width × Height × 3 bytes.</param>
/// <param name="OriginalWidth">Width of the full picture as displayed.</param>
/// <param name="OriginalHeight">Height of the full picture as displayed.</param>
public sealed record DecodedPicture(int Width, int Height, ReadOnlyMemory<byte> Rgb, int OriginalWidth, int OriginalHeight);
