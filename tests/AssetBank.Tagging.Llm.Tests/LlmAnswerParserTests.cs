using AssetBank.Core.Tagging;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Llm.Tests;

public sealed class LlmAnswerParserTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();
    private static readonly LlmTaggerOptions Options = new() { Endpoint = "http://x/v1", Model = "m" };
    private static readonly LlmUnit[] Two =
    [
        new("item", null, "整条视频", [], []),
        new("shot1", "v#1", "镜头 1", [], []),
    ];

    private static Dictionary<string, LlmUnitAnswer>? Parse(string content, IReadOnlyList<LlmUnit>? units = null) =>
        LlmAnswerParser.Parse(content, units ?? Two, Default, Options, out _);

    [Fact]
    public void Code_fences_and_chatter_around_the_json_are_ignored()
    {
        var answers = Parse("好的，结果如下：\n```json\n{\"items\":[{\"id\":\"item\",\"industry\":[{\"label\":\"母婴\",\"confidence\":0.9,\"evidence\":\"宝宝\"}]}]}\n```");

        Assert.Equal("母婴", Assert.Single(answers!["item"].Tags).Label);
    }

    [Fact]
    public void A_bare_array_without_ids_is_matched_by_position_when_the_counts_agree()
    {
        var answers = Parse("[{\"scenario\":[\"夜醒\"]},{\"情绪\":[\"焦虑\"]}]");

        Assert.Equal("夜醒", answers!["item"].Tags[0].Label);
        Assert.Equal(TagDimension.Emotion, answers["shot1"].Tags[0].Dimension);
    }

    [Fact]
    public void A_single_object_answers_a_single_unit_and_shot_ids_are_accepted()
    {
        Assert.NotNull(Parse("{\"industry\":\"汽车\"}", [Two[0]]));
        Assert.True(Parse("{\"items\":[{\"id\":\"v#1\",\"industry\":[\"汽车\"]}]}")!.ContainsKey("shot1"));
    }

    [Fact]
    public void Duplicates_keep_the_highest_confidence_and_tags_are_capped_per_dimension()
    {
        var answers = Parse("{\"items\":[{\"id\":\"item\",\"scenario\":[" +
            "{\"label\":\"夜醒\",\"confidence\":0.3},{\"label\":\"夜里醒来\",\"confidence\":0.7}," +
            "{\"label\":\"哄睡\",\"confidence\":0.6},{\"label\":\"喂奶\",\"confidence\":0.5},{\"label\":\"辅食\",\"confidence\":0.4}," +
            "{\"label\":\"加班\",\"confidence\":0.1}]}]}");

        var tags = answers!["item"].Tags;
        Assert.Equal(["夜醒", "哄睡", "喂奶"], tags.Select(t => t.Label));
        Assert.Equal(0.7, tags[0].Confidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no json here")]
    [InlineData("{\"items\": [ {\"id\": ")]
    [InlineData("{\"foo\": 1}")]
    [InlineData("{\"items\":[{\"id\":\"nobody\",\"industry\":[\"汽车\"]}]}")]
    public void Unusable_answers_are_reported(string content)
    {
        Assert.Null(LlmAnswerParser.Parse(content, Two, Default, Options, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
