using SkiaSharp;

namespace AssetBank.Cli.Tests;

/// <summary>Pictures and the edits a copy goes through, for the similarity and copyright-alarm commands.</summary>
internal static class TestScenes
{
    /// <summary>A busy, seeded picture of circles and lines over a flat colour.</summary>
    public static SKBitmap Scene(int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(640, 480, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 160; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            canvas.DrawCircle(random.Next(640), random.Next(480), random.Next(4, 40), paint);
            paint.StrokeWidth = random.Next(1, 5);
            canvas.DrawLine(random.Next(640), random.Next(480), random.Next(640), random.Next(480), paint);
        }

        return bitmap;
    }

    public static SKBitmap Resize(SKBitmap source, int width, int height) =>
        source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear));

    public static SKBitmap Mirror(SKBitmap source)
    {
        var result = new SKBitmap(source.Width, source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Scale(-1, 1, source.Width / 2f, 0);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }

    public static SKBitmap Solid(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        return bitmap;
    }

    public static void Save(SKBitmap bitmap, string path, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality);
        File.WriteAllBytes(path, data.ToArray());
    }

    public static SKBitmap Cropped(SKBitmap source, SKRectI area)
    {
        var tile = new SKBitmap();
        source.ExtractSubset(tile, area);
        return tile.Copy();
    }

    /// <summary>A translucent red caption band with white strokes across the lower part, as a repost adds.</summary>
    public static SKBitmap Captioned(SKBitmap source)
    {
        var result = source.Copy();
        using var canvas = new SKCanvas(result);
        using var band = new SKPaint { Color = new SKColor(200, 20, 20, 210) };
        canvas.DrawRect(0, source.Height * 0.74f, source.Width, source.Height * 0.12f, band);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true, StrokeWidth = 3 };
        for (var left = 16; left < source.Width - 24; left += 18)
        {
            canvas.DrawLine(left, source.Height * 0.77f, left + 10, source.Height * 0.83f, ink);
        }

        return result;
    }
}
