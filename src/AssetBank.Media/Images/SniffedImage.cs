namespace AssetBank.Media.Images;

/// <summary>What the first bytes of a file say about an image: its format and, where the header holds them, its size.</summary>
/// <param name="Format">Lower-case format name: <c>jpeg</c>, <c>png</c>, <c>gif</c>, <c>webp</c>, <c>bmp</c>, <c>ico</c>, <c>tiff</c>, <c>heic</c>, <c>avif</c>, <c>jxl</c>, <c>psd</c>, or <c>unknown</c>.</param>
/// <param name="IsSupported">SkiaSharp on Linux decodes it.</param>
public sealed record SniffedImage(string Format, bool IsSupported, long? Width = null, long? Height = null);
