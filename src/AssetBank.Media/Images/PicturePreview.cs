using AssetBank.Core.Similarity;
using SkiaSharp;

namespace AssetBank.Media.Images;

/// <summary>Encodes a decoded RGB picture as a small JPEG with SkiaSharp.</summary>
public sealed class PicturePreview : IPicturePreview
{
    public byte[] Preview(DecodedPicture picture, int maxSide)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var scale = Math.Min(1.0, maxSide / (double)Math.Max(picture.Width, picture.Height));
        var width = Math.Max(1, (int)Math.Round(picture.Width * scale));
        var height = Math.Max(1, (int)Math.Round(picture.Height * scale));
        var rgb = picture.Rgb.Span;
        var rgba = new byte[picture.Width * picture.Height * 4];
        for (int i = 0, j = 0; i + 2 < rgb.Length && j + 3 < rgba.Length; i += 3, j += 4)
        {
            rgba[j] = rgb[i];
            rgba[j + 1] = rgb[i + 1];
            rgba[j + 2] = rgb[i + 2];
            rgba[j + 3] = 255;
        }

        using var full = SKImage.FromPixelCopy(new SKImageInfo(picture.Width, picture.Height, SKColorType.Rgba8888, SKAlphaType.Opaque), rgba);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.DrawImage(full, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        return data.ToArray();
    }
}
