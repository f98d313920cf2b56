using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

/// <summary>Shots tagged in their film's context, and emotions read from how they are shown, negated and turned.</summary>
public sealed class LexiconContextAndCueTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();

    [Fact]
    public void A_passing_word_in_one_shot_does_not_outvote_the_film()
    {
        var tagger = new LexiconTagger(Default);
        var film = new TaggingInput
        {
            ItemId = "tvc",
            Kind = AssetKind.Video,
            Title = "安稚恒温暖奶器《爸爸的夜班》TVC",
            Shots =
            [
                Shot("s0", "凌晨三点，宝宝第四次醒来"),
                Shot("s1", "新手爸爸第一次一个人值夜班，冲奶粉"),
                Shot("s2", "是饿了？是胀气？我一边哄娃一边查手机。"),
                Shot("s3", "安稚恒温暖奶器，夜里一键45℃"),
            ],
        };

        var shots = tagger.TagShots(film);
        var phoneShot = shots[2];

        var industries = phoneShot.For(TagDimension.Industry).ToList();
        Assert.Equal("母婴", Parent(industries[0]));
        var digital = industries.FirstOrDefault(t => t.Label == "3C数码");
        Assert.True(digital is null || digital.Confidence < industries[0].Confidence, $"3C数码 {digital?.Confidence} ≥ {industries[0].Label} {industries[0].Confidence}");
    }

    [Fact]
    public void Notes_of_one_export_do_not_borrow_each_others_words()
    {
        var tagger = new LexiconTagger(Default);
        var export = new TaggingInput
        {
            ItemId = "notes.json",
            Kind = AssetKind.Social,
            Title = "xhs_notes_mixed",
            Shots =
            [
                new TaggingShot("n1", TimeSpan.Zero, TimeSpan.Zero) { Texts = [new TaggingText(TaggingTextField.Body, "新买的降噪耳机，地铁上终于清净了")] },
                new TaggingShot("n2", TimeSpan.Zero, TimeSpan.Zero) { Texts = [new TaggingText(TaggingTextField.Body, "宝宝夜醒第五次，奶爸冲奶粉冲到手软")] },
            ],
        };

        var notes = tagger.TagShots(export);

        Assert.DoesNotContain(notes[0].Tags, t => t.Label is "母婴" or "夜醒" or "新手爸爸");
        Assert.DoesNotContain(notes[1].Tags, t => t.Label == "3C数码");
    }

    [Theory]
    [InlineData("夜里宝宝醒了也不慌，一键就好", "平静", "焦虑")]
    [InlineData("宝宝半夜醒了，一点也不担心", "安心", "焦虑")]
    [InlineData("有了它，我再也不孤单了", "温馨", "孤独")]
    [InlineData("加班到十点也一点都不累", "放松", "疲惫")]
    public void A_negated_emotion_argues_for_its_opposite(string text, string expected, string refused)
    {
        var tags = new LexiconTagger(Default).TagText("x", text).For(TagDimension.Emotion).ToList();

        Assert.Contains(tags, t => t.Label == expected);
        Assert.DoesNotContain(tags, t => t.Label == refused);
    }

    [Fact]
    public void An_arc_ends_where_the_story_ends()
    {
        var tags = new LexiconTagger(Default).TagText("x", "从手足无措到安心入睡，只用了一个星期").For(TagDimension.Emotion).ToList();

        Assert.Equal("安心", tags[0].Label);
        var start = tags.FirstOrDefault(t => t.Label == "焦虑");
        Assert.True(start is null || start.Confidence < tags[0].Confidence);
    }

    [Fact]
    public void Negation_evidence_quotes_the_negator()
    {
        var reassured = new LexiconTagger(Default).TagText("x", "半夜冲奶一点也不担心").For(TagDimension.Emotion).First(t => t.Label == "安心");

        Assert.Contains(reassured.Evidence, e => e.Text == "一点也不担心");
    }

    [Theory]
    [InlineData("哈哈哈哈我不行了😂😂", "搞笑")]
    [InlineData("看完这条[捂脸][笑哭]", "搞笑")]
    [InlineData("看到最后鼻子一酸[流泪]", "感动")]
    [InlineData("气炸了😡", "愤怒")]
    [InlineData("这操作也太离谱了哈哈", "搞笑")]
    [InlineData("一个人扛下所有，回到家没人等", "孤独")]
    [InlineData("跌倒了就重新站起来，越挫越勇", "励志")]
    [InlineData("心里七上八下，查了又查", "焦虑")]
    public void Comment_emoji_and_shown_emotions_count(string text, string expected)
    {
        var tags = new LexiconTagger(Default).TagText("x", text).For(TagDimension.Emotion);

        Assert.Contains(tags, t => t.Label == expected);
    }

    [Fact]
    public void An_intensifier_raises_confidence()
    {
        var tagger = new LexiconTagger(Default);

        var plain = tagger.TagText("x", "灯光温暖").For(TagDimension.Emotion).First(t => t.Label == "温馨");
        var strong = tagger.TagText("x", "灯光太温暖了").For(TagDimension.Emotion).First(t => t.Label == "温馨");

        Assert.True(strong.Confidence > plain.Confidence);
    }

    [Fact]
    public void One_weak_emotion_cue_is_still_said_when_it_is_all_the_text_gives()
    {
        var tagger = new LexiconTagger(Default);

        var tags = tagger.TagText("x", "这一路有人陪伴").For(TagDimension.Emotion).ToList();

        Assert.Single(tags);
        Assert.Equal("温馨", tags[0].Label);
        Assert.True(tags[0].Confidence < new LexiconOptions().MinConfidence);
    }

    [Fact]
    public void A_weak_cue_beside_a_clear_one_is_not_said()
    {
        var tags = new LexiconTagger(Default).TagText("x", "陪着孩子，好治愈").For(TagDimension.Emotion).ToList();

        Assert.All(tags, t => Assert.True(t.Confidence >= new LexiconOptions().MinConfidence));
    }

    private static string Parent(TagAssignment tag)
    {
        var ancestors = Default.AncestorsOf(tag.TermId);
        return ancestors.Count == 0 ? tag.Label : ancestors[^1].Label;
    }

    private static TaggingShot Shot(string id, string subtitle) =>
        new(id, TimeSpan.Zero, TimeSpan.FromSeconds(2)) { Texts = [new TaggingText(TaggingTextField.Subtitle, subtitle)] };
}
