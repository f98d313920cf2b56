using System.Diagnostics;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Media.Images;
using AssetBank.Media.Tests.TestSupport;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Media.Tests;

public sealed class ImageAnalyzerTests
{
    private readonly ImageAnalyzer _analyzer = new(Options.Create(new MediaOptions()));

    private ImageAnalysisOutput Analyze(byte[] bytes, string key = "img/test")
    {
        using var stream = new MemoryStream(bytes);
        return _analyzer.Analyze(stream, key);
    }

    [Fact]
    public void Rejects_a_60000_by_60000_png_header_without_decoding_it()
    {
        var bomb = TestImages.PngHeaderOnly(60000, 60000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ContentRejectedException>(() => Analyze(bomb, "print/bomb.png"));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1_000_000);
        Assert.Equal("print/bomb.png", error.Key);
        Assert.Contains("60000×60000", error.Problem, StringComparison.Ordinal);
        Assert.Contains("refused without decoding", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_oversized_jpeg_from_its_frame_header_before_decoding()
    {
        var jpeg = TestImages.RedLeftBlueRight(64, 48, 0.5);
        var bomb = TestImages.JpegClaimingSize(jpeg, 60000, 60000);

        var error = Assert.Throws<ContentRejectedException>(() => Analyze(bomb, "print/bomb.jpg"));

        Assert.Contains("60000×60000", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0, 0, 0, 0 }, "TIFF")]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0, 0, 0, 0 }, "TIFF")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0 }, "HEIC")]
    [InlineData(new byte[] { 0, 0, 0, 0x1C, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66, 0, 0, 0, 0 }, "AVIF")]
    [InlineData(new byte[] { 0xFF, 0x0A, 0xFA, 0x7F, 0, 0, 0, 0 }, "JXL")]
    public void Rejects_formats_skia_cannot_read_on_linux_by_name(byte[] header, string format)
    {
        var error = Assert.Throws<ContentRejectedException>(() => Analyze([.. header, .. new byte[100]], "print/photo"));

        Assert.Equal($"unsupported image format ({format}); convert it to JPEG, PNG or WebP", error.Problem);
    }

    [Fact]
    public void Rejects_bytes_that_are_no_image_and_empty_files()
    {
        Assert.Equal("not a recognised image format", Assert.Throws<ContentRejectedException>(() => Analyze("just some text"u8.ToArray())).Problem);
        Assert.Equal("the image file is empty", Assert.Throws<ContentRejectedException>(() => Analyze([])).Problem);
    }

    [Theory]
    [InlineData(ImageOrientation.Rotate90, 0.5f, 0.02f)]
    [InlineData(ImageOrientation.Rotate270, 0.5f, 0.98f)]
    [InlineData(ImageOrientation.Rotate180, 0.98f, 0.5f)]
    [InlineData(ImageOrientation.FlipHorizontal, 0.98f, 0.5f)]
    [InlineData(ImageOrientation.Normal, 0.02f, 0.5f)]
    public void Applies_exif_orientation_before_thumbnail_and_hashes(ImageOrientation orientation, float redX, float redY)
    {
        var stored = TestImages.RedLeftBlueRight(320, 180, 0.5);
        var oriented = TestImages.WithExifOrientation(stored, (ushort)orientation);

        var result = Analyze(oriented);

        Assert.Equal(orientation, result.Info.Orientation);
        var turned = orientation is ImageOrientation.Rotate90 or ImageOrientation.Rotate270;
        Assert.Equal(turned ? (180, 320) : (320, 180), (result.Info.Width, result.Info.Height));
        var red = TestImages.PixelAt(result.Thumbnail, redX, redY);
        Assert.True(red.Red > 150 && red.Blue < 100, $"expected red at ({redX}, {redY}), got {red}");
    }

    [Fact]
    public void An_exif_rotated_photo_hashes_like_the_same_photo_stored_upright()
    {
        var sideways = TestImages.WithExifOrientation(TestImages.RedLeftBlueRight(320, 180, 0.3), (ushort)ImageOrientation.Rotate90);
        var upright = TestImages.Draw(180, 320, SKEncodedImageFormat.Jpeg, canvas =>
        {
            // Rotate90 turns the stored left edge to the top: red on top, 30 % of the height.
            using var red = new SKPaint { Color = new SKColor(220, 20, 20) };
            using var blue = new SKPaint { Color = new SKColor(20, 40, 220) };
            canvas.DrawRect(0, 0, 180, 96, red);
            canvas.DrawRect(0, 96, 180, 224, blue);
        });

        var a = Analyze(sideways).Info.Hashes;
        var b = Analyze(upright).Info.Hashes;

        Assert.True(a.MaxDistanceTo(b) <= 4, $"distance {a.MaxDistanceTo(b)}");
    }

    [Fact]
    public void Flattens_transparency_onto_white_before_hashing()
    {
        void Logo(SKCanvas canvas)
        {
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawCircle(100, 100, 60, ink);
            canvas.DrawRect(20, 150, 160, 20, ink);
        }

        var transparent = TestImages.Draw(200, 200, SKEncodedImageFormat.Png, Logo);
        var onWhite = TestImages.Draw(200, 200, SKEncodedImageFormat.Png, canvas =>
        {
            canvas.Clear(SKColors.White);
            Logo(canvas);
        });

        var a = Analyze(transparent);
        var b = Analyze(onWhite);

        Assert.True(a.Info.HasAlpha);
        Assert.True(a.Info.Hashes.MaxDistanceTo(b.Info.Hashes) <= 2, $"distance {a.Info.Hashes.MaxDistanceTo(b.Info.Hashes)}");
        Assert.Equal("#ffffff", a.Info.DominantColors[0].Hex);
        Assert.Equal(b.Info.DominantColors[0].Share, a.Info.DominantColors[0].Share, 2);
    }

    [Fact]
    public void Finds_dominant_colours_with_their_shares()
    {
        var result = Analyze(TestImages.RedLeftBlueRight(400, 200, 0.75, SKEncodedImageFormat.Png));

        var colors = result.Info.DominantColors;
        Assert.Equal(2, colors.Count);
        Assert.Equal((220, 20, 20), (colors[0].R, colors[0].G, colors[0].B));
        Assert.Equal(0.75, colors[0].Share, 1);
        Assert.Equal((20, 40, 220), (colors[1].R, colors[1].G, colors[1].B));
        Assert.Equal(1.0, colors.Sum(c => c.Share), 2);
    }

    [Fact]
    public void Writes_a_webp_thumbnail_320_pixels_wide()
    {
        var result = Analyze(TestImages.RedLeftBlueRight(1280, 720, 0.5));

        Assert.Equal("image/webp", result.ThumbnailContentType);
        Assert.Equal(".webp", result.ThumbnailExtension);
        using var thumbnail = SKBitmap.Decode(result.Thumbnail.ToArray());
        Assert.Equal((320, 180), (thumbnail.Width, thumbnail.Height));
        Assert.Equal((1280, 720), (result.Info.Width, result.Info.Height));
        Assert.Equal("jpeg", result.Info.Format);
    }

    [Fact]
    public void Writes_jpeg_thumbnails_when_configured()
    {
        var analyzer = new ImageAnalyzer(Options.Create(new MediaOptions { ThumbnailFormat = "jpeg", ThumbnailWidth = 100 }));
        using var stream = new MemoryStream(TestImages.RedLeftBlueRight(400, 200, 0.5, SKEncodedImageFormat.Png));

        var result = analyzer.Analyze(stream, "x");

        Assert.Equal("image/jpeg", result.ThumbnailContentType);
        Assert.Equal(0xFF, result.Thumbnail.Span[0]);
        using var thumbnail = SKBitmap.Decode(result.Thumbnail.ToArray());
        Assert.Equal(100, thumbnail.Width);
    }

    [Fact]
    public void A_truncated_jpeg_is_analysed_as_far_as_it_goes_and_flagged()
    {
        var jpeg = TestImages.Draw(640, 360, SKEncodedImageFormat.Jpeg, canvas =>
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(640, 360), [SKColors.Yellow, SKColors.Purple], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, 640, 360, paint);
        });

        var result = Analyze(jpeg[..(jpeg.Length / 2)]);

        Assert.True(result.Incomplete);
        Assert.Equal((640, 360), (result.Info.Width, result.Info.Height));
    }
}
