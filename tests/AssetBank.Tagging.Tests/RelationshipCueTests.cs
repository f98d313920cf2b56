using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

/// <summary>Relationships read from how copy shows them: kinship and social terms, nicknames, negation, pairs shown together.</summary>
public sealed class RelationshipCueTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();

    [Theory]
    [InlineData("我家猫又把新沙发挠了，喵星人的快乐", "宠物主人")]
    [InlineData("周末和闺密约了下午茶", "闺蜜")]
    [InlineData("母女俩一起去逛街", "母女")]
    [InlineData("周五团建，隔壁组也来了", "同事")]
    [InlineData("老板又在画饼了", "上下级")]
    [InlineData("我们在两座城市，每次见面都要坐五个小时高铁", "异地恋")]
    [InlineData("大宝上学，二宝还在学说话", "二胎家庭")]
    public void Shown_relationships_map_to_taxonomy_labels(string text, string expected)
    {
        var tags = new LexiconTagger(Default).TagText("x", text).For(TagDimension.Relationship).ToList();

        Assert.NotEmpty(tags);
        Assert.Equal(expected, tags[0].Label);
    }

    [Fact]
    public void Words_every_social_item_carries_do_not_make_it_a_creator_or_fan_item()
    {
        var tags = new LexiconTagger(Default).TagText("x", "美妆达人，粉丝52万").For(TagDimension.Relationship);

        Assert.DoesNotContain(tags, t => t.Label is "博主与粉丝" or "粉丝与偶像");
    }

    [Fact]
    public void Leaving_single_life_argues_for_a_couple_in_love()
    {
        var tags = new LexiconTagger(Default).TagText("x", "今年终于告别单身").For(TagDimension.Relationship).ToList();

        Assert.Contains(tags, t => t.Label == "情侣");
        Assert.DoesNotContain(tags, t => t.Label == "单身青年");
    }

    [Fact]
    public void Other_cues_do_not_change_a_relationship_word()
    {
        var tagger = new LexiconTagger(Default);

        var plain = tagger.TagText("x", "一个人吃饭").For(TagDimension.Relationship).First(t => t.Label == "单身青年");
        var loud = tagger.TagText("x", "太一个人吃饭").For(TagDimension.Relationship).First(t => t.Label == "单身青年");

        Assert.Equal(plain.Confidence, loud.Confidence);
    }

    [Fact]
    public void A_grandparent_and_a_parent_in_one_story_are_three_generations()
    {
        var tags = new LexiconTagger(Default).TagText("x", "外婆帮忙看着外孙，我和老公才能安心上班").For(TagDimension.Relationship).ToList();

        Assert.Equal("三代同堂", tags[0].Label);
        Assert.Contains(tags[0].Evidence, e => e.Text == "外婆");
        Assert.Contains(tags[0].Evidence, e => e.Text == "老公");
    }

    [Fact]
    public void A_grandparent_alone_stays_grandparents()
    {
        var tags = new LexiconTagger(Default).TagText("x", "外婆包的饺子").For(TagDimension.Relationship).ToList();

        Assert.Equal("祖孙", tags[0].Label);
        Assert.DoesNotContain(tags, t => t.Label == "三代同堂");
    }
}
