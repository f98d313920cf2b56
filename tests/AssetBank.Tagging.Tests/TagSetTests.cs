using System.Text.Json;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

public sealed class TagSetTests
{
    [Fact]
    public void A_tag_set_round_trips_through_json_for_storage()
    {
        var tags = new LexiconTagger(TaxonomyLoader.LoadDefault()).TagText("x", ThemedTexts.All[0].Text) with
        {
            Usage = new TokenUsage(10, 5),
            FallbackReason = "HTTP 500",
        };

        var json = JsonSerializer.Serialize(tags);
        var back = JsonSerializer.Deserialize<TagSet>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.True(back.IsFallback);
        Assert.DoesNotContain("IsFallback", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_confidence_is_the_mean_of_each_dimensions_top_tag()
    {
        var set = new TagSet
        {
            ItemId = "x",
            Tagger = "t",
            TaxonomyVersion = "v",
            Tags = TagSet.Canonical(
            [
                new TagAssignment(TagDimension.Emotion, "e2", "b", 0.2, TagSource.Llm),
                new TagAssignment(TagDimension.Industry, "i", "a", 0.9, TagSource.Llm),
                new TagAssignment(TagDimension.Emotion, "e1", "c", 0.5, TagSource.Llm),
            ]),
        };

        Assert.Equal(["i", "e1", "e2"], set.Tags.Select(t => t.TermId));
        Assert.Equal(0.7, set.OverallConfidence());
        Assert.Equal(0, new TagSet { ItemId = "y", Tagger = "t", TaxonomyVersion = "v" }.OverallConfidence());
    }

    [Theory]
    [InlineData("industry", TagDimension.Industry)]
    [InlineData("行业", TagDimension.Industry)]
    [InlineData(" Scenario ", TagDimension.Scenario)]
    [InlineData("情绪", TagDimension.Emotion)]
    [InlineData("人物关系", TagDimension.Relationship)]
    public void Dimensions_parse_from_wire_names_and_chinese(string text, TagDimension expected)
    {
        Assert.True(TagDimensions.TryParse(text, out var dimension));
        Assert.Equal(expected, dimension);
        Assert.Equal(dimension, TagDimensions.TryParse(TagDimensions.ToWire(dimension), out var again) ? again : (TagDimension)(-1));
    }
}
