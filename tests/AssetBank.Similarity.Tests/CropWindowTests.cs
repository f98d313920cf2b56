using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Similarity.Tests;

public sealed class CropWindowTests
{
    private readonly ImageSimilarityEngine _engine = new(Options.Create(new ImageSimilarityOptions()));

    [Theory]
    [InlineData(0.06, 0.5, 0.5)]
    [InlineData(0.11, 0.2, 0.9)]
    [InlineData(0.14, 1.0, 0.0)]
    public void An_off_centre_crop_is_among_the_first_candidates_although_its_whole_picture_hash_moved_far(double share, double anchorX, double anchorY)
    {
        using var original = TestPictures.Scene(21);
        var width = (int)(original.Width * (1 - share));
        var height = (int)(original.Height * (1 - share));
        var x = (int)((original.Width - width) * anchorX);
        var y = (int)((original.Height - height) * anchorY);
        using var crop = TestPictures.Cropped(original, new SKRectI(x, y, x + width, y + height));
        var query = _engine.Describe(TestPictures.FromJpeg(TestPictures.Jpeg(crop, 80)), asQuery: true);
        var reference = _engine.Describe(TestPictures.ToPicture(original), asQuery: false);

        var index = _engine.CreateIndex();
        index.Add(1, reference);
        for (var seed = 100; seed < 160; seed++)
        {
            using var other = TestPictures.Scene(seed);
            index.Add(seed, _engine.Describe(TestPictures.ToPicture(other), asQuery: false));
        }

        var nearestWindow = reference.Windows.Min(w => w.DistanceTo(query.Full));
        Assert.True(nearestWindow < query.Full.DistanceTo(reference.Full), $"window {nearestWindow}, whole {query.Full.DistanceTo(reference.Full)}");
        var candidates = index.Query(query, 3);
        Assert.Equal(1, candidates[0].Id);
    }

    [Fact]
    public void Queries_carry_no_crop_windows_and_references_carry_fifteen()
    {
        using var original = TestPictures.Scene(22);
        Assert.Empty(_engine.Describe(TestPictures.ToPicture(original), asQuery: true).Windows);
        Assert.Equal(15, _engine.Describe(TestPictures.ToPicture(original), asQuery: false).Windows.Count);
    }

    [Fact]
    public void A_caption_band_across_the_picture_does_not_take_the_keypoints_a_match_needs()
    {
        using var original = TestPictures.Scene(23);
        using var captioned = original.Copy();
        using (var canvas = new SKCanvas(captioned))
        {
            using var band = new SKPaint { Color = new SKColor(200, 20, 20, 220) };
            canvas.DrawRect(0, original.Height * 0.72f, original.Width, original.Height * 0.14f, band);
            using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true, StrokeWidth = 3 };
            for (var i = 0; i < 40; i++)
            {
                var left = 20 + (i * 15);
                canvas.DrawLine(left, original.Height * 0.75f, left + 9, original.Height * 0.83f, ink);
                canvas.DrawLine(left + 9, original.Height * 0.75f, left, original.Height * 0.83f, ink);
            }
        }

        var result = _engine.Compare(
            _engine.Describe(TestPictures.FromJpeg(TestPictures.Jpeg(captioned, 85)), asQuery: true),
            _engine.Describe(TestPictures.ToPicture(original), asQuery: false));
        Assert.True(result.Percent > 85, $"{result}");
    }
}
