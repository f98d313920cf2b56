using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Similarity.Tests;

/// <summary>Smooth pictures keep too few keypoints through a crop and a caption: dense alignment still verifies them.</summary>
public sealed class DenseAlignmentTests
{
    private readonly ImageSimilarityEngine _engine = new(Options.Create(new ImageSimilarityOptions()));

    [Fact]
    public void A_cropped_captioned_copy_of_a_smooth_picture_alarms_through_dense_alignment()
    {
        using var original = Soft(41);
        using var cropped = TestPictures.Cropped(original, new SKRectI(0, 0, 560, 420));
        using var copy = Captioned(cropped);
        var query = _engine.Describe(TestPictures.FromJpeg(TestPictures.Jpeg(copy, 60)), asQuery: true);
        var reference = _engine.Describe(TestPictures.ToPicture(original), asQuery: false);

        var result = _engine.Compare(query, reference);

        Assert.True(result.Percent > 85, $"{result}");
        Assert.True(result.AlignedCorrelation > 0.5, $"{result}");
        Assert.NotNull(result.QueryRegion);

        // The copy is the top-left 560 × 420 of the 640 × 480 original.
        Assert.NotNull(result.ReferenceRegion);
        Assert.InRange(result.ReferenceRegion.X, 0, 0.05);
        Assert.InRange(result.ReferenceRegion.Width, 0.8, 0.93);
        Assert.InRange(result.ReferenceRegion.Height, 0.8, 0.93);
    }

    [Fact]
    public void Smooth_pictures_that_share_only_their_style_do_not_alarm()
    {
        var reference = _engine.Describe(TestPictures.ToPicture(Soft(42)), asQuery: false);
        for (var seed = 43; seed < 53; seed++)
        {
            using var other = Soft(seed);
            var result = _engine.Compare(_engine.Describe(TestPictures.FromJpeg(TestPictures.Jpeg(other, 85)), asQuery: true), reference);
            Assert.True(result.Percent <= 85, $"seed {seed}: {result}");
        }
    }

    /// <summary>A soft picture: a gradient and a few large blurred shapes, the kind a FAST detector finds little in.</summary>
    private static SKBitmap Soft(int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(640, 480, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var background = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(640, 480),
                [new SKColor((byte)random.Next(60, 200), (byte)random.Next(60, 200), (byte)random.Next(60, 200)), new SKColor((byte)random.Next(60, 200), (byte)random.Next(60, 200), (byte)random.Next(60, 200))],
                SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, 640, 480, background);
        using var paint = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 6) };
        for (var i = 0; i < 14; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
            canvas.DrawCircle(random.Next(640), random.Next(480), random.Next(30, 120), paint);
        }

        return bitmap;
    }

    private static SKBitmap Captioned(SKBitmap source)
    {
        var result = source.Copy();
        using var canvas = new SKCanvas(result);
        using var band = new SKPaint { Color = new SKColor(0, 0, 0, 150) };
        canvas.DrawRect(0, source.Height * 0.8f, source.Width, source.Height * 0.12f, band);
        using var font = new SKFont(SKTypeface.Default, source.Height * 0.07f);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText("LIMITED OFFER 2026", source.Width * 0.1f, source.Height * 0.89f, SKTextAlign.Left, font, ink);
        return result;
    }
}
