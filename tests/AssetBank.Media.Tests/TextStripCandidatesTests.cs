using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class TextStripCandidatesTests
{
    /// <summary>
    /// A white caption with a black border whose left half lies over a light grey picture area and right half over a
    /// dark one: three tones, where taking the minority class of an Otsu split as the text gets it wrong.
    /// </summary>
    private static (GrayImage Frame, TextBand Band) BorderedCaptionOverTwoAreas()
    {
        const int width = 640, height = 200;
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = x < 320 ? (byte)205 : (byte)35;
            }
        }

        for (var y = 80; y < 120; y++)
        {
            for (var x = 160; x < 480; x++)
            {
                var cell = x % 16;
                var row = y - 80;
                if (cell is >= 4 and < 10 && row is >= 4 and < 36)
                {
                    pixels[(y * width) + x] = 250; // stroke
                }
                else if (cell is >= 2 and < 12 && row is >= 2 and < 38)
                {
                    pixels[(y * width) + x] = 5; // border
                }
            }
        }

        return (new GrayImage(width, height, pixels), new TextBand(160, 80, 320, 40, 0.3));
    }

    [Fact]
    public void One_candidate_keeps_exactly_the_near_white_strokes_of_a_bordered_caption()
    {
        var (frame, band) = BorderedCaptionOverTwoAreas();

        var candidates = TextStripBinarizer.Candidates(frame, band);

        // Strip coordinates: the crop starts half a band height left of the band and a quarter above it, at scale 1.
        Assert.InRange(candidates.Count, 2, 4);
        Assert.Contains(candidates, c => c[26, 30] == 0 && c[202, 30] == 0 && c[33, 30] == 255 && c[193, 30] == 255 && c[23, 30] == 255);
    }

    [Fact]
    public void The_first_candidate_is_what_binarize_returns_and_a_flat_band_has_none()
    {
        var (frame, band) = BorderedCaptionOverTwoAreas();

        Assert.Equal(TextStripBinarizer.Candidates(frame, band)[0].Pixels.ToArray(), TextStripBinarizer.Binarize(frame, band)!.Pixels.ToArray());
        Assert.Empty(TextStripBinarizer.Candidates(GrayImage.Solid(200, 100, 90), new TextBand(10, 10, 100, 30, 0.2)));
    }
}
