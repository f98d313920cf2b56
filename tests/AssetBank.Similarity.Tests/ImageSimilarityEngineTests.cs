using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Similarity.Tests;

public sealed class ImageSimilarityEngineTests
{
    private readonly ImageSimilarityEngine _engine = new(Options.Create(new ImageSimilarityOptions()));

    private ImageComparison Compare(SKBitmap query, SKBitmap reference) =>
        _engine.Compare(
            _engine.Describe(TestPictures.ToPicture(query), asQuery: true),
            _engine.Describe(TestPictures.ToPicture(reference), asQuery: false));

    [Fact]
    public void A_resized_recompressed_copy_scores_above_the_alarm_threshold()
    {
        using var original = TestPictures.Scene(1);
        using var small = TestPictures.Resized(original, 400, 300);
        var copy = TestPictures.FromJpeg(TestPictures.Jpeg(small, 25));
        var result = _engine.Compare(_engine.Describe(copy, asQuery: true), _engine.Describe(TestPictures.ToPicture(original), asQuery: false));
        Assert.True(result.Percent > 85, $"{result}");
    }

    [Fact]
    public void A_mirrored_copy_scores_above_the_alarm_threshold_and_says_so()
    {
        using var original = TestPictures.Scene(2);
        using var mirrored = TestPictures.Mirrored(original);
        var result = Compare(mirrored, original);
        Assert.True(result.Percent > 85, $"{result}");
        Assert.True(result.Mirrored);
    }

    [Fact]
    public void A_corner_crop_is_verified_and_its_region_located_in_the_reference()
    {
        using var original = TestPictures.Scene(3);
        using var crop = TestPictures.Cropped(original, new SKRectI(0, 0, 544, 408));
        var result = Compare(crop, original);
        Assert.True(result.Percent > 85, $"{result}");
        Assert.NotNull(result.ReferenceRegion);
        Assert.True(result.ReferenceRegion!.X < 0.2 && result.ReferenceRegion.Y < 0.2, $"{result.ReferenceRegion}");
    }

    [Fact]
    public void A_letterboxed_copy_has_the_same_trimmed_centre_hash()
    {
        using var original = TestPictures.Scene(4);
        using var boxed = TestPictures.Letterboxed(original, 80);
        var query = _engine.Describe(TestPictures.ToPicture(boxed), asQuery: true);
        var reference = _engine.Describe(TestPictures.ToPicture(original), asQuery: false);
        Assert.True(query.Centre.DistanceTo(reference.Centre) < 20, $"{query.Centre.DistanceTo(reference.Centre)}");
        Assert.True(_engine.Compare(query, reference).Percent > 85);
    }

    [Fact]
    public void Unrelated_pictures_score_below_the_report_floor()
    {
        using var a = TestPictures.Scene(5);
        using var b = TestPictures.Scene(6);
        var result = Compare(a, b);
        Assert.True(result.Percent < 50, $"{result}");
    }

    [Fact]
    public void A_uniform_picture_matches_nothing_not_even_another_uniform_picture()
    {
        using var white = TestPictures.Solid(300, 200, SKColors.White);
        using var grey = TestPictures.Solid(300, 200, new SKColor(250, 250, 250));
        var query = _engine.Describe(TestPictures.ToPicture(white), asQuery: true);
        Assert.True(query.IsUniform);
        Assert.Equal(0, _engine.Compare(query, _engine.Describe(TestPictures.ToPicture(grey), asQuery: false)).Percent);
        var index = _engine.CreateIndex();
        index.Add(1, query);
        Assert.Equal(0, index.Count);
    }
}
