using AssetBank.Similarity.Copy;
using Microsoft.Extensions.Options;

namespace AssetBank.CopySimilarity.Tests;

public sealed class PassageAndScoreTests
{
    private const string Slogan = "怕上火，就喝清泉山凉茶";

    private readonly CopySimilarityEngine _engine = new(Options.Create(new CopySimilarityOptions()));

    [Fact]
    public void A_slogan_reused_inside_a_longer_text_scores_above_the_alarm_and_its_passage_is_located_on_both_sides()
    {
        const string post = "姐妹们！办公室午后来一瓶冰镇的最舒服。怕上火就喝清泉山凉茶！点击下方链接立即抢购";

        var comparison = _engine.Compare(_engine.Describe(post), _engine.Describe(Slogan));

        Assert.True(comparison.Percent > 85, $"{comparison.Percent}");
        var passage = Assert.Single(comparison.Passages);
        Assert.Equal("怕上火就喝清泉山凉茶", post.Substring(passage.QueryStart, passage.QueryLength));
        Assert.Equal(passage.QueryText, post.Substring(passage.QueryStart, passage.QueryLength));
        Assert.Equal((0, Slogan.Length), (passage.ReferenceStart, passage.ReferenceLength));
        Assert.True(comparison.Jaccard < 0.3, "whole-text Jaccard alone would have missed it");
    }

    [Fact]
    public void Reordered_sentences_are_found_as_separate_passages_and_still_alarm()
    {
        const string reference = "九十鸭绒轻暖不臃肿。通勤上班也能温柔又高级。栖木羽绒服，冬天的第一件外套。";
        const string reordered = "栖木羽绒服，冬天的第一件外套。九十鸭绒轻暖不臃肿。通勤上班也能温柔又高级。";

        var comparison = _engine.Compare(_engine.Describe(reordered), _engine.Describe(reference));

        Assert.True(comparison.Percent > 85, $"{comparison.Percent}");
        Assert.True(comparison.Passages.Count >= 2);
        Assert.All(comparison.Passages, p => Assert.Equal(reference.Substring(p.ReferenceStart, p.ReferenceLength), p.ReferenceText));
    }

    [Fact]
    public void A_swapped_word_keeps_both_sides_of_the_sentence_in_one_passage_with_part_credit()
    {
        var reference = _engine.Describe("这款精华液水润轻薄不闷痘，敏感肌也能放心用");
        var swapped = _engine.Describe("这款精华液水润轻盈不闷痘，敏感肌也能放心用");

        var comparison = _engine.Compare(swapped, reference);

        var passage = Assert.Single(comparison.Passages);
        Assert.Equal("这款精华液水润轻盈不闷痘，敏感肌也能放心用", passage.QueryText);
        Assert.Equal(19.5 / 20, comparison.ReferenceCoverage, 6); // 19 characters matched, the swapped one half counted
        Assert.True(comparison.ReferenceCoverage > comparison.Jaccard);
    }

    [Fact]
    public void Same_topic_copy_sharing_only_stock_phrases_and_the_product_stays_well_below_the_alarm()
    {
        var reference = _engine.Describe("澜肌口红一抹显白不挑皮，早八通勤也美到发光。点击下方链接立即抢购！");
        var other = _engine.Describe("雪颜口红持妆十二小时不脱妆，闺蜜下午茶被夸到不好意思。点击下方链接立即抢购！");

        var comparison = _engine.Compare(other, reference);

        Assert.True(comparison.Percent < 60, $"{comparison.Percent}");
    }

    [Fact]
    public void Text_without_letters_or_digits_matches_nothing()
    {
        Assert.Equal(0, _engine.Compare(_engine.Describe("！！！…… ✨✨"), _engine.Describe(Slogan)).Percent);
    }

    [Fact]
    public void The_calibration_reads_the_configured_coverage_as_85_percent_and_full_coverage_as_100()
    {
        var engine = new CopySimilarityEngine(Options.Create(new CopySimilarityOptions { CoverageAt85 = 0.9 }));

        Assert.Equal(85, engine.Calibrate(0.9), 6);
        Assert.Equal(100, engine.Calibrate(1), 6);
        Assert.Equal(42.5, engine.Calibrate(0.45), 6);
    }
}
