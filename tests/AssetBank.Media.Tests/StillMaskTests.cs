using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class StillMaskTests
{
    private const int Width = 640;
    private const int Height = 360;

    /// <summary>Black/white noise at pixel scale, different in every frame (like scrolling cellular noise).</summary>
    private static byte[] Noise(int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[Width * Height];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.Next(2) == 0 ? (byte)0 : (byte)255;
        }

        return pixels;
    }

    /// <summary>A bordered white "caption" (rows of thick vertical strokes in a black box) drawn over the pixels.</summary>
    private static GrayImage WithCaption(byte[] pixels)
    {
        var copy = (byte[])pixels.Clone();
        for (var y = 280; y < 312; y++)
        {
            for (var x = 200; x < 440; x++)
            {
                var stroke = (x / 4) % 3 == 0 && y is >= 284 and < 308;
                copy[(y * Width) + x] = stroke ? (byte)250 : (byte)10;
            }
        }

        return new GrayImage(Width, Height, copy);
    }

    [Fact]
    public void Pixel_noise_that_changes_from_frame_to_frame_leaves_nothing_still()
    {
        var frames = Enumerable.Range(0, 3).Select(i => new GrayImage(Width, Height, Noise(i))).ToList();

        var mask = StillMask.From(frames[2], frames[..2]);

        Assert.NotNull(mask);
        var still = 0;
        for (var y = 0; y < Height; y++)
        {
            foreach (var s in mask.Row(y))
            {
                still += s ? 1 : 0;
            }
        }

        Assert.True(still < Width * Height / 1000, $"{still} still pixels");
    }

    [Fact]
    public void A_caption_held_over_moving_noise_stays_still_in_its_full_shape()
    {
        var frames = Enumerable.Range(0, 3).Select(i => WithCaption(Noise(10 + i))).ToList();

        var mask = StillMask.From(frames[2], frames[..2]);

        Assert.NotNull(mask);
        Assert.True(mask[200, 280] && mask[439, 311] && mask[320, 296]);
        Assert.False(mask[100, 100]);
    }

    [Fact]
    public void Nothing_to_compare_with_gives_no_mask()
    {
        var frame = GrayImage.Solid(Width, Height, 30);

        Assert.Null(StillMask.From(frame, []));
        Assert.Null(StillMask.From(frame, [GrayImage.Solid(320, 180, 30)]));
    }

    [Fact]
    public void The_caption_band_is_found_over_moving_noise_only_with_the_mask()
    {
        var frames = Enumerable.Range(0, 3).Select(i => WithCaption(Noise(20 + i))).ToList();
        var mask = StillMask.From(frames[2], frames[..2]);

        var band = Assert.Single(TextBandDetector.Detect(frames[2], 4, still: mask));

        Assert.InRange(band.Y, 276, 288);
        Assert.InRange(band.X, 190, 210);
        Assert.InRange(band.Width, 220, 250);
        Assert.DoesNotContain(TextBandDetector.Detect(frames[2], 4), b => b.X >= 190 && b.X + b.Width <= 460);
    }

    [Fact]
    public void Opening_removes_specks_narrower_than_three_pixels_and_keeps_solid_areas()
    {
        var mask = new bool[20 * 10];
        mask[(5 * 20) + 3] = true; // a lone pixel
        mask[(5 * 20) + 6] = mask[(5 * 20) + 7] = true; // two side by side
        for (var y = 2; y < 8; y++)
        {
            for (var x = 10; x < 16; x++)
            {
                mask[(y * 20) + x] = true;
            }
        }

        var opened = StillMask.Open(mask, 20, 10);

        Assert.Equal(36, opened.Count(m => m));
        Assert.True(opened[(2 * 20) + 10] && opened[(7 * 20) + 15]);
    }
}
