using AssetBank.Core.Similarity;
using AssetBank.Similarity.Copy;
using Microsoft.Extensions.Options;

namespace AssetBank.CopySimilarity.Tests;

public sealed class LiftedPassageTests
{
    private const string Brochure =
        "栖木家居二零二六春季新品手册。北欧原木餐桌选用整块白橡木，榫卯结构不用一颗钉子。" +
        "布艺沙发可拆洗，三种坐深适配不同身高。一张好桌子，陪你吃三十年的晚饭。" +
        "全屋定制免费上门量尺，十五天交付到家。门店和线上同步发售，前一百名下单送好礼。";

    private const string SloganList =
        "一张好桌子，陪你吃三十年的晚饭\n慢下来，家才有温度\n把周末还给自己，栖木陪你\n好木头会呼吸，好生活从来不将就\n每一道纹理，都是时间留下的礼物";

    private readonly CopySimilarityEngine _engine = new(Options.Create(new CopySimilarityOptions()));

    [Fact]
    public void A_short_slogan_lifted_out_of_a_long_brochure_alarms_and_its_passage_is_the_slogan()
    {
        var comparison = _engine.Compare(_engine.Describe("一张好桌子，陪你吃三十年的晚饭！"), _engine.Describe(Brochure));

        Assert.True(comparison.Percent > 85, $"{comparison.Percent}");
        Assert.Contains(comparison.Passages, p => p.ReferenceText == "一张好桌子，陪你吃三十年的晚饭");
    }

    [Fact]
    public void A_long_new_text_embedding_one_slogan_of_a_reference_slogan_list_alarms_on_that_slogan()
    {
        const string post = "家人们！今年春天我们搬了新家，客厅终于放得下一张大桌子了。好木头会呼吸，好生活从来不将就。" +
            "周末约上朋友来家里做饭，孩子在旁边画画，这才是我想要的日子。点击下方链接立即抢购！";

        var comparison = _engine.Compare(_engine.Describe(post), _engine.Describe(SloganList));

        Assert.True(comparison.ReferenceCoverage < 0.3 && comparison.QueryCoverage < 0.3, "neither text is mostly covered");
        Assert.True(comparison.Percent > 85, $"{comparison.Percent}");
        Assert.Contains(comparison.Passages, p => p.ReferenceText == "好木头会呼吸，好生活从来不将就");
    }

    [Theory]
    [InlineData("限时优惠！品质生活从选对一张桌子开始，春季家具节全场包邮到家。")]
    [InlineData("新品上市，限时优惠，手慢无。品质生活，从北欧极简的小书架开始。")]
    [InlineData("门店和线上同步发售，扫地机器人自动集尘，解放双手不是梦。")]
    public void Text_sharing_only_stock_phrases_with_the_brochure_does_not_alarm(string text)
    {
        var comparison = _engine.Compare(_engine.Describe(text), _engine.Describe(Brochure));

        Assert.True(comparison.Percent <= 85, $"{comparison.Percent}");
    }

    [Theory]
    [InlineData("家人们！今年春天搬了新家。第6代北欧原木餐桌升级归来，榫卯结构不用一颗钉子。周末约上朋友来家里做饭。",
        "栖木春季手册。第5代北欧原木餐桌升级归来，榫卯结构不用一颗钉子。门店和线上同步发售。")]
    [InlineData("今晚直播！北欧原木餐桌到手价只要1299元，前一百名下单送好礼。孩子在旁边画画。",
        "栖木春季手册。北欧原木餐桌到手价只要999元，前一百名下单送好礼。全屋定制免费上门量尺。")]
    [InlineData("我们的新书房。这张书桌用了二十年的老榆木，每一道纹理都看得见。周末约上朋友来家里喝茶。",
        "栖木春季手册。这张书桌用了三十年的老榆木，每一道纹理都看得见。全屋定制免费上门量尺。")]
    public void A_template_sentence_that_differs_only_by_a_number_is_not_a_lifted_passage(string text, string reference)
    {
        var comparison = _engine.Compare(_engine.Describe(text), _engine.Describe(reference));

        Assert.True(comparison.Percent <= 85, $"{comparison.Percent}");
    }

    [Fact]
    public void The_same_sentence_with_the_same_number_lifted_into_a_new_text_still_alarms()
    {
        var comparison = _engine.Compare(
            _engine.Describe("家人们！今年春天搬了新家。第5代北欧原木餐桌升级归来，榫卯结构不用一颗钉子。周末约上朋友来家里做饭。"),
            _engine.Describe("栖木春季手册。第5代北欧原木餐桌升级归来，榫卯结构不用一颗钉子。门店和线上同步发售。"));

        Assert.True(comparison.Percent > 85, $"{comparison.Percent}");
    }

    [Fact]
    public void A_sentence_template_with_one_slot_filled_differently_is_not_a_lifted_passage()
    {
        var comparison = _engine.Compare(
            _engine.Describe("栖木懒人沙发，七区分压一觉到天亮。今晚八点直播间见！无论是租房改造还是新房入住，都能家的感觉回来了。"),
            _engine.Describe("安家，让午后小憩家的感觉回来了。已有65万人种草方寸扫地机器人。无论是午后小憩还是新房入住，都能家的感觉回来了。"));

        Assert.True(comparison.Percent <= 85, $"{comparison.Percent}");
    }

    [Fact]
    public void Passage_alarms_can_be_turned_off_and_then_a_lifted_slogan_is_a_small_share_of_both_texts()
    {
        var off = new CopySimilarityEngine(Options.Create(new CopySimilarityOptions { MinLiftedPassageChars = 0 }));
        const string post = "今年春天我们搬了新家，客厅终于放得下一张大桌子了。好木头会呼吸，好生活从来不将就。周末约上朋友来家里做饭，这才是我想要的日子。";

        var comparison = off.Compare(off.Describe(post), off.Describe(SloganList));

        Assert.True(comparison.Percent <= 85, $"{comparison.Percent}");
        Assert.Empty(off.Describe(post).Signature.Anchors);
    }

    [Fact]
    public void Texts_sharing_a_passage_of_the_minimum_length_share_an_anchor_wherever_it_sits()
    {
        const string passage = "好木头会呼吸好生活不将就";
        var left = CopyAnchors.Of(CopyShingles.Of("栖木家居春季新品手册北欧原木餐桌" + passage + "全屋定制免费上门量尺", 3), 10);
        var right = CopyShingles.Of("今年春天我们搬了新家" + passage, 3);

        Assert.NotEmpty(left.Intersect(CopyAnchors.Of(right, 10)));
        Assert.True(left.Length < 40 / 3, "about two anchors per window of text, not one per character");
    }

    [Fact]
    public void The_index_proposes_the_brochure_for_its_lifted_slogan_and_the_slogan_list_for_a_long_post_but_not_for_unrelated_text()
    {
        var index = _engine.CreateIndex();
        index.Add(1, _engine.Describe(Brochure).Signature);
        index.Add(2, _engine.Describe(SloganList).Signature);

        Assert.Contains(1L, index.Query(_engine.Describe("一张好桌子，陪你吃三十年的晚饭")));
        Assert.Contains(2L, index.Query(_engine.Describe("今年春天我们搬了新家，客厅终于放得下一张大桌子了，每一道纹理，都是时间留下的礼物。周末约上朋友来家里做饭，孩子在旁边画画。")));
        Assert.Empty(index.Query(_engine.Describe("这款扫地机器人自动集尘解放双手，周末大扫除也住得更舒心。")));
    }

    [Fact]
    public void An_anchor_held_by_more_references_than_the_cap_proposes_none_of_them()
    {
        string[] texts =
        [
            "北欧原木餐桌选用整块白橡木，榫卯结构不用一颗钉子，一张好桌子陪你吃三十年的晚饭。",
            "十分钟快充补能三百公里，周末自驾游说走就走，远途纯电带全家出游安心又从容。",
            "九十鸭绒轻暖不臃肿，栖木羽绒服让通勤上班温柔又高级，冬天的第一件外套。",
            "这款精华液水润轻薄不闷痘，敏感肌也能放心用，熬夜加班第二天依旧透亮。",
            "清泉山凉茶选用岭南草本，冰镇以后入口回甘，烧烤火锅夜宵局的解腻搭子。",
        ];
        const string stock = "点击下方链接立即抢购新用户下单立减二十元";
        const string query = "今天逛街看到一家新开的店，" + stock + "，然后回家吃饭睡觉看了两集电视剧，明天还要早起上班。";

        IReadOnlyList<long> Proposed(int cap)
        {
            var engine = new CopySimilarityEngine(Options.Create(new CopySimilarityOptions { MaxAnchorReferences = cap }));
            var index = engine.CreateIndex();
            for (var i = 0; i < texts.Length; i++)
            {
                index.Add(i, engine.Describe(texts[i] + stock).Signature);
            }

            return index.Query(engine.Describe(query));
        }

        // Whole-text and window signatures may still propose a few; the anchors no longer propose them all.
        Assert.Equal(5, Proposed(10).Count);
        Assert.True(Proposed(3).Count < 5);
    }

    [Fact]
    public void Signatures_with_anchors_round_trip_and_signatures_stored_before_anchors_still_read()
    {
        var signature = _engine.Describe(Brochure).Signature;
        Assert.NotEmpty(signature.Anchors);

        var decoded = CopySignatureCodec.Decode(CopySignatureCodec.Encode(signature), "Lib/a.txt");
        var old = CopySignatureCodec.Encode(signature with { Anchors = [] })[..^4];
        old[0] = 1;

        Assert.Equal(signature.Anchors, decoded.Anchors);
        Assert.Equal(signature.MinHash, CopySignatureCodec.Decode(old, "Lib/old.txt").MinHash);
        Assert.Empty(CopySignatureCodec.Decode(old, "Lib/old.txt").Anchors);
        Assert.Throws<AssetBank.Core.Errors.CatalogException>(() => CopySignatureCodec.Decode(CopySignatureCodec.Encode(signature)[..^3], "Lib/cut.txt"));
    }
}
