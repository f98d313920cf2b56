using AssetBank.Similarity.Copy;

namespace AssetBank.CopySimilarity.Tests;

public sealed class NormalizationAndShinglingTests
{
    [Fact]
    public void Punctuation_spaces_and_emoji_go_full_width_letters_fold_and_traditional_becomes_simplified()
    {
        var (normalized, offsets) = CopyTextNormalizer.Normalize("閨蜜 口紅，ＡＢＣ試色！✨");

        Assert.Equal("闺蜜口红abc试色", normalized);
        Assert.Equal([0, 1, 3, 4, 6, 7, 8, 9, 10], offsets);
    }

    [Fact]
    public void Original_ranges_cover_the_written_characters_including_punctuation_between_them()
    {
        const string text = "前言。怕上火，喝王老吉！";
        var (_, offsets) = CopyTextNormalizer.Normalize(text);

        var (start, length) = CopyTextNormalizer.OriginalRange(text, offsets, 2, 9);

        Assert.Equal("怕上火，喝王老吉", text.Substring(start, length));
    }

    [Fact]
    public void A_lone_surrogate_left_by_a_cut_emoji_is_skipped_not_an_error()
    {
        var (normalized, _) = CopyTextNormalizer.Normalize("好\uD83D物");

        Assert.Equal("好物", normalized);
    }

    [Fact]
    public void Shingles_are_one_per_starting_position_and_equal_n_grams_hash_alike()
    {
        var shingles = CopyShingles.Of("怕上火怕上火", 3);

        Assert.Equal(4, shingles.Length);
        Assert.Equal(shingles[0], shingles[3]);
        Assert.NotEqual(shingles[0], shingles[1]);
        Assert.Single(CopyShingles.Of("好", 3));
        Assert.Empty(CopyShingles.Of(string.Empty, 3));
    }

    [Fact]
    public void SimHash_of_a_near_duplicate_is_a_few_bits_away_and_of_another_text_far()
    {
        var a = SimHasher.Of(CopyShingles.Of("夏日限定清爽冰镇气泡水一口透心凉快乐加倍点击下方链接立即抢购", 3));
        var b = SimHasher.Of(CopyShingles.Of("夏日限定清爽冰镇气泡水一口透心凉快乐加倍点击链接立即抢购", 3));
        var c = SimHasher.Of(CopyShingles.Of("续航七百公里告别里程焦虑周末自驾游说走就走安心又从容", 3));

        Assert.True(SimHasher.Distance(a, b) < SimHasher.Distance(a, c));
        Assert.True(SimHasher.Distance(a, c) > 16);
    }
}
