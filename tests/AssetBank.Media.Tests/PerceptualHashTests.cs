using AssetBank.Core.Media;
using AssetBank.Media.Images;

namespace AssetBank.Media.Tests;

public sealed class PerceptualHashTests
{
    [Fact]
    public void Round_trips_through_its_hex_form()
    {
        var hash = new PerceptualHash(0x0123456789abcdefUL);

        Assert.Equal("0123456789abcdef", hash.ToString());
        Assert.Equal(hash, PerceptualHash.Parse("0123456789ABCDEF"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("0123456789abcdef0")]
    public void Refuses_what_is_not_64_bit_hex(string? text) => Assert.False(PerceptualHash.TryParse(text, out _));

    [Fact]
    public void Distance_counts_differing_bits()
    {
        var a = new PerceptualHash(0b1011);
        var b = new PerceptualHash(0b0110);

        Assert.Equal(3, a.DistanceTo(b));
        Assert.Equal(3, PerceptualHash.HammingDistance(b, a));
        Assert.Equal(1 - (3 / 64.0), a.SimilarityTo(b));
        Assert.Equal(64, new PerceptualHash(0).DistanceTo(new PerceptualHash(ulong.MaxValue)));
    }

    [Fact]
    public void A_left_to_right_brightening_ramp_has_all_dhash_bits_clear_and_its_mirror_all_set()
    {
        var ramp = Ramp(rising: true);
        var mirrored = Ramp(rising: false);

        Assert.Equal(0UL, PerceptualHasher.Compute(ramp).DHash.Value);
        Assert.Equal(ulong.MaxValue, PerceptualHasher.Compute(mirrored).DHash.Value);
    }

    [Fact]
    public void A_flat_picture_hashes_to_zero_but_for_the_dc_bit()
    {
        var hashes = PerceptualHasher.Compute(RgbImage.Solid(50, 30, 90, 90, 90));

        Assert.Equal(0UL, hashes.DHash.Value);
        Assert.Equal(1UL << 63, hashes.PHash.Value);
    }

    [Fact]
    public void The_same_pattern_at_another_size_hashes_the_same()
    {
        var small = Waves(96, 54);
        var large = Waves(960, 540);

        var distance = PerceptualHasher.Compute(small).MaxDistanceTo(PerceptualHasher.Compute(large));

        Assert.True(distance <= 2, $"distance {distance}");
    }

    [Fact]
    public void Resampling_by_area_averages_exactly()
    {
        float[] plane = [0, 2, 4, 6, 8, 10, 12, 14];

        var halved = AreaResampler.Resample(plane, 4, 2, 2, 1);

        Assert.Equal([5f, 9f], halved);
    }

    private static RgbImage Ramp(bool rising)
    {
        const int width = 90, height = 80;
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = (byte)((rising ? x : width - 1 - x) * 255 / (width - 1));
                var p = ((y * width) + x) * 3;
                pixels[p] = pixels[p + 1] = pixels[p + 2] = v;
            }
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>A smooth two-dimensional wave pattern defined on the unit square, so any size shows the same picture.</summary>
    private static RgbImage Waves(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double u = (x + 0.5) / width, v = (y + 0.5) / height;
                var p = ((y * width) + x) * 3;
                pixels[p] = (byte)(128 + (100 * Math.Sin((u * 7) + (v * 3))));
                pixels[p + 1] = (byte)(128 + (100 * Math.Cos(u * 11) * Math.Sin(v * 5)));
                pixels[p + 2] = (byte)(128 + (100 * Math.Sin((u - v) * 9)));
            }
        }

        return new RgbImage(width, height, pixels);
    }
}
