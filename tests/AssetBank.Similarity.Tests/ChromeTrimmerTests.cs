using AssetBank.Similarity.Hashing;
using SkiaSharp;

namespace AssetBank.Similarity.Tests;

public sealed class ChromeTrimmerTests
{
    [Fact]
    public void A_screenshot_is_trimmed_to_the_picture_inside_its_chrome()
    {
        using var scene = TestPictures.Scene(7, 640, 400);
        using var screenshot = Screenshot(scene);
        var picture = TestPictures.FromJpeg(TestPictures.Jpeg(screenshot, 85));

        var content = ChromeTrimmer.Trim(GrayPicture.From(picture));

        // The scene was drawn at (200, 160), 576 × 360, on an 800 × 560 canvas.
        var scaleX = picture.Width / 800.0;
        var scaleY = picture.Height / 560.0;
        Assert.InRange(content.X / scaleX, 194, 206);
        Assert.InRange(content.Y / scaleY, 154, 166);
        Assert.InRange(content.Width / scaleX, 564, 584);
        Assert.InRange(content.Height / scaleY, 350, 368);
    }

    [Fact]
    public void A_picture_without_borders_is_left_whole()
    {
        using var scene = TestPictures.Scene(8, 640, 400);
        var picture = TestPictures.FromJpeg(TestPictures.Jpeg(scene, 85));

        var content = ChromeTrimmer.Trim(GrayPicture.From(picture));

        Assert.Equal(new PixelRect(0, 0, picture.Width, picture.Height), content);
    }

    /// <summary>A title bar, a side panel and the page around the picture: three flat tones, one behind the other.</summary>
    private static SKBitmap Screenshot(SKBitmap scene)
    {
        var result = new SKBitmap(800, 560, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        canvas.Clear(new SKColor(245, 245, 247));
        using var bar = new SKPaint { Color = new SKColor(40, 44, 52) };
        canvas.DrawRect(0, 0, 800, 67, bar);
        using var side = new SKPaint { Color = new SKColor(230, 230, 235) };
        canvas.DrawRect(0, 67, 120, 493, side);
        using var image = SKImage.FromBitmap(scene);
        canvas.DrawImage(image, new SKRect(200, 160, 776, 520), new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }
}
