using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class TextBandDetectorTests
{
    /// <summary>A frame of one shade with blocks of thin vertical strokes (a stand-in for characters) in the given rows.</summary>
    private static GrayImage Frame(byte background, byte ink, params (int X, int Y, int Width, int Height)[] lines)
    {
        var pixels = new byte[640 * 360];
        Array.Fill(pixels, background);
        foreach (var (x0, y0, w, h) in lines)
        {
            for (var y = y0; y < y0 + h; y++)
            {
                for (var x = x0; x < x0 + w; x++)
                {
                    if ((x / 3) % 2 == 0 && (y % 10) != 9)
                    {
                        pixels[(y * 640) + x] = ink;
                    }
                }
            }
        }

        return new GrayImage(640, 360, pixels);
    }

    [Fact]
    public void Finds_a_line_wherever_it_is_not_only_at_the_bottom()
    {
        var frame = Frame(20, 240, (200, 300, 240, 24), (60, 30, 300, 24));

        var bands = TextBandDetector.Detect(frame, 4);

        Assert.Equal(2, bands.Count);
        Assert.InRange(bands[0].Y, 28, 32);
        Assert.InRange(bands[0].X, 58, 62);
        Assert.InRange(bands[0].Width, 290, 302);
        Assert.InRange(bands[1].Y, 298, 302);
        Assert.InRange(bands[1].Height, 20, 26);
    }

    [Fact]
    public void Blank_and_softly_shaded_frames_have_no_bands()
    {
        Assert.Empty(TextBandDetector.Detect(GrayImage.Solid(640, 360, 128), 4));
        var gradient = new byte[640 * 360];
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] = (byte)(i % 640 * 255 / 640);
        }

        Assert.Empty(TextBandDetector.Detect(new GrayImage(640, 360, gradient), 4));
    }

    [Theory]
    [InlineData(20, 240)]
    [InlineData(235, 30)]
    public void Strips_come_out_black_on_white_for_light_and_dark_text(byte background, byte ink)
    {
        var frame = Frame(background, ink, (100, 200, 300, 30));
        var band = Assert.Single(TextBandDetector.Detect(frame, 4));

        var strip = TextStripBinarizer.Binarize(frame, band);

        Assert.NotNull(strip);
        Assert.Equal(255, strip[0, 0]);
        var ink0 = strip.Pixels.ToArray().Count(p => p == 0);
        Assert.InRange((double)ink0 / strip.Pixels.Length, 0.1, 0.5);
    }

    [Fact]
    public void A_flat_band_gives_no_strip()
    {
        Assert.Null(TextStripBinarizer.Binarize(GrayImage.Solid(200, 100, 90), new TextBand(10, 10, 100, 30, 0.2)));
    }

    [Fact]
    public void Pgm_round_trips_and_rejects_other_formats()
    {
        var image = new GrayImage(3, 2, [0, 1, 2, 253, 254, 255]);

        var decoded = Pgm.Decode(Pgm.Encode(image));

        Assert.Equal(image.Pixels.ToArray(), decoded.Pixels.ToArray());
        Assert.Throws<FormatException>(() => Pgm.Decode("P6\n1 1\n255\nabc"u8));
        Assert.Throws<FormatException>(() => Pgm.Decode("P5\n10 10\n255\nab"u8));
    }
}
