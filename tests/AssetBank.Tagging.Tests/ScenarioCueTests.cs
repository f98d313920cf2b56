using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

/// <summary>Scenarios read from what happens rather than when it happens.</summary>
public sealed class ScenarioCueTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();

    [Fact]
    public void A_time_of_day_steps_back_when_the_text_shows_what_happens_in_it()
    {
        var tags = new LexiconTagger(Default).TagText("x", "下班后去电影院").For(TagDimension.Scenario).ToList();

        Assert.Equal("约会", tags[0].Label);
    }

    [Fact]
    public void A_time_of_day_alone_is_still_said()
    {
        var tags = new LexiconTagger(Default).TagText("x", "下班后的时间属于自己").For(TagDimension.Scenario).ToList();

        Assert.Equal("下班后", tags[0].Label);
    }

    [Fact]
    public void Still_at_work_is_overtime_not_after_work()
    {
        var tags = new LexiconTagger(Default).TagText("x", "十点了还没下班").For(TagDimension.Scenario).ToList();

        Assert.Equal("加班", tags[0].Label);
        Assert.DoesNotContain(tags, t => t.Label == "下班后");
    }
}
