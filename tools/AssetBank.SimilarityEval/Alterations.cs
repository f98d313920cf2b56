using SkiaSharp;

namespace AssetBank.SimilarityEval;

/// <summary>The edits a copied picture goes through before it reaches the bank.</summary>
internal static class Alterations
{
    private static readonly SKTypeface Cjk = File.Exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        ? SKTypeface.FromFile("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        : SKTypeface.Default;

    public static IReadOnlyList<(string Name, Func<SKBitmap, int, SKBitmap> Apply)> All { get; } =
    [
        ("resize 50 %", (b, _) => Resize(b, b.Width / 2, b.Height / 2)),
        ("JPEG q25", (b, _) => SKBitmap.Decode(Jpeg(b, 25))),
        ("crop centre 5 %", (b, _) => Crop(b, 0.05, 0.5, 0.5)),
        ("crop centre 15 %", (b, _) => Crop(b, 0.15, 0.5, 0.5)),
        ("crop 5–15 % anywhere", (b, seed) => RandomCrop(b, new Random(seed))),
        ("crop corner 15 %", (b, _) => Crop(b, 0.15, 1, 1)),
        ("border", (b, _) => Pad(b, b.Width / 12, b.Width / 12, SKColors.White)),
        ("letterbox", (b, _) => Pad(b, 0, b.Height / 6, SKColors.Black)),
        ("brightness +15 %", (b, _) => Filter(b, Matrix(1.15f, 0))),
        ("contrast −15 %", (b, _) => Filter(b, Matrix(0.85f, 0.075f))),
        ("colour grade", (b, _) => Filter(b, [1.1f, 0, 0, 0, 0.04f, 0, 1f, 0, 0, 0, 0, 0, 0.85f, 0, 0, 0, 0, 0, 1, 0])),
        ("grayscale", (b, _) => Filter(b, [0.299f, 0.587f, 0.114f, 0, 0, 0.299f, 0.587f, 0.114f, 0, 0, 0.299f, 0.587f, 0.114f, 0, 0, 0, 0, 0, 1, 0])),
        ("Chinese text", (b, _) => Text(b, "限时抢购 新品上市 买一送一", 0.09f)),
        ("logo", (b, _) => Logo(b)),
        ("mirror", (b, _) => Draw(b, b.Width, b.Height, c => { c.Scale(-1, 1, b.Width / 2f, 0); })),
        ("rotate 3°", (b, _) => Draw(b, b.Width, b.Height, c => { c.RotateDegrees(3, b.Width / 2f, b.Height / 2f); c.Scale(1.08f, 1.08f, b.Width / 2f, b.Height / 2f); })),
        ("stretch 120 % wide", (b, _) => Resize(b, (int)(b.Width * 1.2), b.Height)),
        ("screenshot in UI", (b, _) => Screenshot(b)),
        ("crop + text + q40", (b, _) => SKBitmap.Decode(Jpeg(Text(Crop(b, 0.1, 0, 0), "原创设计 禁止转载", 0.08f), 40))),
        ("mirror + brighter + small", (b, _) => Resize(Filter(Draw(b, b.Width, b.Height, c => { c.Scale(-1, 1, b.Width / 2f, 0); }), Matrix(1.1f, 0)), b.Width / 2, b.Height / 2)),
    ];

    public static byte[] Jpeg(SKBitmap bitmap, int quality)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static SKBitmap Resize(SKBitmap b, int width, int height) =>
        b.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear));

    private static SKBitmap Crop(SKBitmap b, double share, double anchorX, double anchorY)
    {
        var w = (int)(b.Width * (1 - share));
        var h = (int)(b.Height * (1 - share));
        var x = (int)((b.Width - w) * anchorX);
        var y = (int)((b.Height - h) * anchorY);
        var tile = new SKBitmap();
        b.ExtractSubset(tile, new SKRectI(x, y, x + w, y + h));
        return tile.Copy();
    }

    /// <summary>A crop of a random share (5–15 %) at a random place: no crop size or anchor the engine could be tuned to.</summary>
    private static SKBitmap RandomCrop(SKBitmap b, Random random) =>
        Crop(b, 0.05 + (random.NextDouble() * 0.10), random.NextDouble(), random.NextDouble());

    private static SKBitmap Draw(SKBitmap b, int width, int height, Action<SKCanvas> transform, SKColor? background = null, float dx = 0, float dy = 0)
    {
        var result = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        canvas.Clear(background ?? SKColors.Black);
        transform(canvas);
        using var image = SKImage.FromBitmap(b);
        canvas.DrawImage(image, dx, dy, new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }

    private static SKBitmap Pad(SKBitmap b, int padX, int padY, SKColor colour) =>
        Draw(b, b.Width + (2 * padX), b.Height + (2 * padY), _ => { }, colour, padX, padY);

    /// <remarks>Skia's colour matrix takes its offset column in 0–1, not 0–255.</remarks>
    private static float[] Matrix(float gain, float offset) =>
        [gain, 0, 0, 0, offset, 0, gain, 0, 0, offset, 0, 0, gain, 0, offset, 0, 0, 0, 1, 0];

    private static SKBitmap Filter(SKBitmap b, float[] matrix)
    {
        var result = new SKBitmap(b.Width, b.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        using var paint = new SKPaint { ColorFilter = SKColorFilter.CreateColorMatrix(matrix) };
        using var image = SKImage.FromBitmap(b);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        return result;
    }

    private static SKBitmap Text(SKBitmap b, string text, float size)
    {
        var result = b.Copy();
        using var canvas = new SKCanvas(result);
        using var font = new SKFont(Cjk, b.Height * size);
        using var fill = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var band = new SKPaint { Color = new SKColor(200, 20, 20, 200) };
        canvas.DrawRect(0, b.Height * 0.72f, b.Width, b.Height * size * 1.5f, band);
        canvas.DrawText(text, b.Width * 0.05f, (b.Height * 0.72f) + (b.Height * size * 1.15f), SKTextAlign.Left, font, fill);
        return result;
    }

    private static SKBitmap Logo(SKBitmap b)
    {
        var result = b.Copy();
        using var canvas = new SKCanvas(result);
        var r = b.Height * 0.09f;
        using var paint = new SKPaint { Color = new SKColor(255, 200, 0, 230), IsAntialias = true };
        canvas.DrawCircle(b.Width - (r * 1.5f), r * 1.5f, r, paint);
        using var font = new SKFont(Cjk, r);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText("品牌", b.Width - (r * 2.5f), r * 1.85f, SKTextAlign.Left, font, ink);
        return result;
    }

    private static SKBitmap Screenshot(SKBitmap b)
    {
        var width = (int)(b.Width * 1.25);
        var height = (int)(b.Height * 1.4);
        return Draw(Resize(b, (int)(b.Width * 0.9), (int)(b.Height * 0.9)), width, height, c =>
        {
            using var bar = new SKPaint { Color = new SKColor(40, 44, 52) };
            c.DrawRect(0, 0, width, height * 0.12f, bar);
            using var side = new SKPaint { Color = new SKColor(230, 230, 235) };
            c.DrawRect(0, height * 0.12f, width * 0.15f, height, side);
        }, new SKColor(245, 245, 247), width * 0.2f, height * 0.2f);
    }
}
