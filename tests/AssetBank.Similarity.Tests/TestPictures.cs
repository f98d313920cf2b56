using AssetBank.Core.Similarity;
using SkiaSharp;

namespace AssetBank.Similarity.Tests;

/// <summary>Busy, photo-like test pictures (seeded shapes over a gradient) and the edits a copy goes through.</summary>
internal static class TestPictures
{
    public static SKBitmap Scene(int seed, int width = 640, int height = 480)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var background = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width, height),
                [RandomColor(random), RandomColor(random)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, background);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 160; i++)
        {
            paint.Color = RandomColor(random);
            var x = random.Next(width);
            var y = random.Next(height);
            var size = random.Next(6, 70);
            switch (random.Next(3))
            {
                case 0:
                    canvas.DrawCircle(x, y, size / 2f, paint);
                    break;
                case 1:
                    canvas.DrawRect(x, y, size, size * 0.6f, paint);
                    break;
                default:
                    paint.StrokeWidth = random.Next(1, 5);
                    canvas.DrawLine(x, y, x + random.Next(-90, 90), y + random.Next(-90, 90), paint);
                    break;
            }
        }

        return bitmap;
    }

    public static SKBitmap Resized(SKBitmap source, int width, int height)
    {
        var result = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }

    public static SKBitmap Mirrored(SKBitmap source)
    {
        var result = new SKBitmap(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        canvas.Scale(-1, 1, source.Width / 2f, 0);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }

    public static SKBitmap Cropped(SKBitmap source, SKRectI area)
    {
        var result = new SKBitmap(area.Width, area.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        source.ExtractSubset(result, area);
        return result.Copy();
    }

    public static SKBitmap Letterboxed(SKBitmap source, int bar)
    {
        var result = new SKBitmap(source.Width, source.Height + (2 * bar), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Black);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, bar, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }

    public static SKBitmap Solid(int width, int height, SKColor color)
    {
        var result = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        result.Erase(color);
        return result;
    }

    public static DecodedPicture ToPicture(SKBitmap bitmap)
    {
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var i = ((y * bitmap.Width) + x) * 3;
                rgb[i] = c.Red;
                rgb[i + 1] = c.Green;
                rgb[i + 2] = c.Blue;
            }
        }

        return new DecodedPicture(bitmap.Width, bitmap.Height, rgb, bitmap.Width, bitmap.Height);
    }

    public static byte[] Jpeg(SKBitmap bitmap, int quality)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static DecodedPicture FromJpeg(byte[] jpeg)
    {
        using var decoded = SKBitmap.Decode(jpeg);
        return ToPicture(decoded);
    }

    private static SKColor RandomColor(Random random) =>
        new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
