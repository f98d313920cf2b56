using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity.Tests;

public sealed class ImageSignatureCodecTests
{
    private readonly ImageSimilarityEngine _engine = new(Options.Create(new ImageSimilarityOptions()));

    [Fact]
    public void A_reference_signature_round_trips_with_its_crop_windows()
    {
        using var scene = TestPictures.Scene(31);
        var signature = _engine.Describe(TestPictures.ToPicture(scene), asQuery: false);
        var decoded = ImageSignatureCodec.Decode(ImageSignatureCodec.Encode(signature), "scene");
        Assert.Equal(signature.Full, decoded.Full);
        Assert.Equal(signature.CentreMirror, decoded.CentreMirror);
        Assert.Equal(signature.Windows, decoded.Windows);
        Assert.Equal(signature.Features.Descriptors, decoded.Features.Descriptors);
        Assert.Equal(signature.Features.Points, decoded.Features.Points);
        Assert.Equal(signature.Thumbnail!.Pixels, decoded.Thumbnail!.Pixels);
        Assert.Equal(signature.Thumbnail.Width, decoded.Thumbnail.Width);
        Assert.Equal(signature.Thumbnail.Content.Width, decoded.Thumbnail.Content.Width, 5);
    }

    [Fact]
    public void A_second_version_fingerprint_still_decodes_without_a_thumbnail()
    {
        using var scene = TestPictures.Scene(34);
        var signature = _engine.Describe(TestPictures.ToPicture(scene), asQuery: false);
        var current = ImageSignatureCodec.Encode(signature);
        var thumbnailAt = 2 + (4 * 32) + 1 + (signature.Windows.Count * 32);
        var second = current.Take(thumbnailAt).Concat(current.Skip(thumbnailAt + 2 + signature.Thumbnail!.Pixels.Length + 16)).ToArray();
        second[0] = 2;

        var decoded = ImageSignatureCodec.Decode(second, "old");

        Assert.Null(decoded.Thumbnail);
        Assert.Equal(signature.Windows, decoded.Windows);
        Assert.Equal(signature.Features.Descriptors, decoded.Features.Descriptors);
    }

    [Fact]
    public void A_first_version_fingerprint_still_decodes_without_windows()
    {
        using var scene = TestPictures.Scene(32);
        var signature = _engine.Describe(TestPictures.ToPicture(scene), asQuery: false) with { Windows = [], Thumbnail = GrayThumbnail.Empty };
        var current = ImageSignatureCodec.Encode(signature);

        // Version 3 added the thumbnail: an empty one is its two size bytes and the four content floats.
        var thumbnailAt = 2 + (4 * 32) + 1;
        current = current.Take(thumbnailAt).Concat(current.Skip(thumbnailAt + 2 + 16)).ToArray();

        // Version 1 had no window count byte after the four hashes.
        var first = current.Take(2 + (4 * 32)).Concat(current.Skip(2 + (4 * 32) + 1)).ToArray();
        first[0] = 1;
        var decoded = ImageSignatureCodec.Decode(first, "old");
        Assert.Empty(decoded.Windows);
        Assert.Equal(signature.Centre, decoded.Centre);
        Assert.Equal(signature.Features.Count, decoded.Features.Count);
    }

    [Fact]
    public void A_truncated_fingerprint_is_refused_with_its_name()
    {
        using var scene = TestPictures.Scene(33);
        var bytes = ImageSignatureCodec.Encode(_engine.Describe(TestPictures.ToPicture(scene), asQuery: false));
        var error = Assert.Throws<CatalogException>(() => ImageSignatureCodec.Decode(bytes.AsSpan(0, 200), "Getty/123"));
        Assert.Contains("Getty/123", error.Message, StringComparison.Ordinal);
    }
}
