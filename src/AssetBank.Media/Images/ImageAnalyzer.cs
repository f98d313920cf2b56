using System.Globalization;
using System.Runtime.InteropServices;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Media.Images;

/// <summary>
/// Still-image analysis with SkiaSharp: size limits checked from the header before anything is decoded, a reduced-size
/// decode (JPEG and WebP decode directly at 1/2, 1/4, 1/8; codecs that can decode by scanline are streamed row by row
/// into a small buffer), EXIF orientation applied (SkiaSharp reports it but does not apply it), alpha flattened onto
/// white, then thumbnail, palette and perceptual hashes from that one small working picture.
/// </summary>
/// <remarks>
/// SkiaSharp 4.155's PNG codec neither shrinks while decoding nor decodes by scanline, so a large PNG is decoded whole
/// into native memory (4 bytes a pixel: 400 MB at the default 100 MP limit). Such decodes above
/// <see cref="LargeDecodePixels"/> take turns, one at a time per analyzer, so parallel ingestion cannot stack them.
/// </remarks>
public sealed class ImageAnalyzer : IDisposable
{
    /// <summary>The working picture's longer side: ample for 64-bit hashes and a palette, small enough to be fast.</summary>
    public const int WorkingLongSide = 512;

    /// <summary>Whole decodes above this many pixels take turns (and are streamed by scanline where the codec can).</summary>
    public const long LargeDecodePixels = 16_000_000;

    private const byte Background = 255;

    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _largeDecodes = new(1, 1);

    public ImageAnalyzer(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public void Dispose() => _largeDecodes.Dispose();

    /// <summary>Analyses the image file at <paramref name="path"/>; <paramref name="key"/> names it in errors.</summary>
    /// <exception cref="ContentRejectedException">Unsupported format, over the limits, or not decodable.</exception>
    public ImageAnalysisOutput Analyze(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return Analyze(stream, key);
    }

    /// <summary>Analyses an encoded image held in a seekable stream.</summary>
    /// <exception cref="ContentRejectedException">Unsupported format, over the limits, or not decodable.</exception>
    public ImageAnalysisOutput Analyze(Stream content, string key)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(key);
        var loaded = Load(content, key);
        var working = loaded.Working;
        var hashes = PerceptualHasher.Compute(working);
        var colors = DominantColorExtractor.Extract(working, _options.DominantColorCount);
        var (thumbnail, contentType, extension) = EncodeThumbnail(working);
        var info = new ImageInfo(loaded.Width, loaded.Height, loaded.Orientation, loaded.Format, loaded.HasAlpha, colors, hashes, null);
        return new ImageAnalysisOutput(info, thumbnail, contentType, extension, loaded.Incomplete);
    }

    /// <summary>Decodes to the small, oriented, flattened working picture after checking the limits.</summary>
    /// <exception cref="ContentRejectedException">Unsupported format, over the limits, or not decodable.</exception>
    public LoadedImage Load(Stream content, string key)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(key);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The image stream must be seekable.", nameof(content));
        }

        var start = content.Position;
        var header = new byte[ImageFormatSniffer.HeaderLength];
        var headerLength = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        content.Position = start;
        if (headerLength == 0)
        {
            throw new ContentRejectedException(key, "the image file is empty");
        }

        var sniffed = ImageFormatSniffer.Sniff(header.AsSpan(0, headerLength));
        if (!sniffed.IsSupported)
        {
            throw new ContentRejectedException(key, sniffed.Format == "unknown"
                ? "not a recognised image format"
                : $"unsupported image format ({sniffed.Format.ToUpperInvariant()}); convert it to JPEG, PNG or WebP");
        }

        // Checked before the codec sees the data: a 60000×60000 PNG header is refused without allocating anything.
        if (sniffed.Width is { } declaredWidth && sniffed.Height is { } declaredHeight)
        {
            CheckLimits(key, sniffed.Format, declaredWidth, declaredHeight);
        }

        using var codec = SKCodec.Create(content, out var createResult)
            ?? throw new ContentRejectedException(key, $"the {sniffed.Format.ToUpperInvariant()} data cannot be read ({createResult})");
        var encoded = codec.Info;
        CheckLimits(key, sniffed.Format, encoded.Width, encoded.Height);

        var orientation = ToOrientation(codec.EncodedOrigin);
        var swaps = (int)orientation >= (int)ImageOrientation.Transpose;
        var displayWidth = swaps ? encoded.Height : encoded.Width;
        var displayHeight = swaps ? encoded.Width : encoded.Height;

        var scale = Math.Min(1.0, Math.Max(
            (double)WorkingLongSide / Math.Max(displayWidth, displayHeight),
            (double)_options.ThumbnailWidth / displayWidth));
        var workWidth = Math.Max(1, (int)Math.Round(encoded.Width * scale));
        var workHeight = Math.Max(1, (int)Math.Round(encoded.Height * scale));

        var (stored, incomplete) = Decode(codec, key, workWidth, workHeight, scale);
        return new LoadedImage(
            stored.Oriented(orientation),
            displayWidth,
            displayHeight,
            orientation,
            FormatName(codec.EncodedFormat, sniffed.Format),
            encoded.AlphaType != SKAlphaType.Opaque,
            incomplete);
    }

    private (RgbImage Picture, bool Incomplete) Decode(SKCodec codec, string key, int workWidth, int workHeight, double scale)
    {
        var full = codec.Info;
        var scaled = codec.GetScaledDimensions((float)scale);
        if (scaled.Width < full.Width && scaled.Width >= workWidth && scaled.Height >= workHeight)
        {
            return DecodeWhole(codec, key, new SKSizeI(scaled.Width, scaled.Height), workWidth, workHeight);
        }

        if ((long)full.Width * full.Height <= LargeDecodePixels)
        {
            return DecodeWhole(codec, key, new SKSizeI(full.Width, full.Height), workWidth, workHeight);
        }

        _largeDecodes.Wait();
        try
        {
            return TryDecodeRows(codec, workWidth, workHeight, out var streamed)
                ? streamed
                : DecodeWhole(codec, key, new SKSizeI(full.Width, full.Height), workWidth, workHeight);
        }
        finally
        {
            _largeDecodes.Release();
        }
    }

    private static (RgbImage, bool) DecodeWhole(SKCodec codec, string key, SKSizeI size, int workWidth, int workHeight)
    {
        // Native pixels: a large picture does not land on the managed large-object heap.
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        if (bitmap.GetPixels() == IntPtr.Zero)
        {
            throw new ContentRejectedException(key, string.Create(CultureInfo.InvariantCulture, $"not enough memory to decode {size.Width}×{size.Height} pixels"));
        }

        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new ContentRejectedException(key, $"the image cannot be decoded ({result})");
        }

        var pixels = bitmap.GetPixelSpan();
        var sampler = new BoxDownsampler(size.Width, size.Height, workWidth, workHeight);
        var rowBytes = bitmap.RowBytes;
        for (var y = 0; y < size.Height; y++)
        {
            sampler.AddRow(y, pixels.Slice(y * rowBytes, size.Width * 4));
        }

        return (sampler.Flatten(Background, Background, Background), result == SKCodecResult.IncompleteInput);
    }

    /// <summary>Streams rows through a one-row buffer; false when the codec cannot decode by scanlines (interlaced PNG).</summary>
    private static bool TryDecodeRows(SKCodec codec, int workWidth, int workHeight, out (RgbImage, bool) decoded)
    {
        decoded = default;
        var full = codec.Info;
        var info = new SKImageInfo(full.Width, full.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (codec.StartScanlineDecode(info) != SKCodecResult.Success)
        {
            return false;
        }

        var row = new byte[info.RowBytes];
        var handle = GCHandle.Alloc(row, GCHandleType.Pinned);
        try
        {
            var sampler = new BoxDownsampler(full.Width, full.Height, workWidth, workHeight);
            var incomplete = false;
            for (var y = 0; y < full.Height; y++)
            {
                if (codec.GetScanlines(handle.AddrOfPinnedObject(), 1, info.RowBytes) != 1)
                {
                    incomplete = true;
                    break;
                }

                sampler.AddRow(codec.GetOutputScanline(y), row);
            }

            decoded = (sampler.Flatten(Background, Background, Background), incomplete);
            return true;
        }
        finally
        {
            handle.Free();
        }
    }

    private void CheckLimits(string key, string format, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ContentRejectedException(key, $"the {format.ToUpperInvariant()} header declares an empty picture ({width}×{height})");
        }

        if (width > _options.MaxImageSide || height > _options.MaxImageSide || width * height > _options.MaxImagePixels)
        {
            throw new ContentRejectedException(key, string.Create(
                CultureInfo.InvariantCulture,
                $"the {format.ToUpperInvariant()} header declares {width}×{height} pixels ({width * height / 1e6:0.#} MP), over the limit of {_options.MaxImagePixels / 1e6:0.#} MP and {_options.MaxImageSide} px per side; refused without decoding"));
        }
    }

    private (byte[] Data, string ContentType, string Extension) EncodeThumbnail(RgbImage working)
    {
        var width = Math.Min(_options.ThumbnailWidth, working.Width);
        var height = Math.Max(1, (int)Math.Round((double)working.Height * width / working.Width));
        if (height > width * 4)
        {
            height = Math.Min(working.Height, width * 4);
            width = Math.Max(1, (int)Math.Round((double)working.Width * height / working.Height));
        }

        var small = width == working.Width && height == working.Height ? working : working.Resize(width, height);
        var rgba = new byte[width * height * 4];
        var rgb = small.Pixels;
        for (int i = 0, p = 0, q = 0; i < width * height; i++, p += 3, q += 4)
        {
            rgba[q] = rgb[p];
            rgba[q + 1] = rgb[p + 1];
            rgba[q + 2] = rgb[p + 2];
            rgba[q + 3] = 255;
        }

        var webp = _options.ThumbnailFormat == "webp";
        using var image = SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque), rgba);
        using var data = image.Encode(webp ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, _options.ThumbnailQuality)
            ?? throw new InvalidOperationException($"SkiaSharp could not encode a {(webp ? "WebP" : "JPEG")} thumbnail.");
        return (data.ToArray(), webp ? "image/webp" : "image/jpeg", webp ? ".webp" : ".jpg");
    }

    private static ImageOrientation ToOrientation(SKEncodedOrigin origin) => origin switch
    {
        SKEncodedOrigin.TopRight => ImageOrientation.FlipHorizontal,
        SKEncodedOrigin.BottomRight => ImageOrientation.Rotate180,
        SKEncodedOrigin.BottomLeft => ImageOrientation.FlipVertical,
        SKEncodedOrigin.LeftTop => ImageOrientation.Transpose,
        SKEncodedOrigin.RightTop => ImageOrientation.Rotate90,
        SKEncodedOrigin.RightBottom => ImageOrientation.Transverse,
        SKEncodedOrigin.LeftBottom => ImageOrientation.Rotate270,
        _ => ImageOrientation.Normal,
    };

    private static string FormatName(SKEncodedImageFormat format, string sniffed) => format switch
    {
        SKEncodedImageFormat.Jpeg => "jpeg",
        SKEncodedImageFormat.Png => "png",
        SKEncodedImageFormat.Webp => "webp",
        SKEncodedImageFormat.Gif => "gif",
        SKEncodedImageFormat.Bmp => "bmp",
        SKEncodedImageFormat.Ico => "ico",
        SKEncodedImageFormat.Wbmp => "wbmp",
        _ => sniffed,
    };
}
