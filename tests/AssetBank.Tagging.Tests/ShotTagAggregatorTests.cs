using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Tests;

public sealed class ShotTagAggregatorTests
{
    private static TagAssignment Tag(string id, double confidence, TagDimension dimension = TagDimension.Scenario) =>
        new(dimension, id, id, confidence, TagSource.Llm) { Tagger = "llm", Model = "m" };

    private static TagSet Shot(string id, params TagAssignment[] tags) =>
        new() { ItemId = id, Tagger = "llm", TaxonomyVersion = "v", Tags = tags };

    [Fact]
    public void Terms_carried_by_many_shots_outrank_a_single_strong_shot()
    {
        var shots = new[]
        {
            Shot("s1", Tag("scenario.a", 0.7)),
            Shot("s2", Tag("scenario.a", 0.7)),
            Shot("s3", Tag("scenario.a", 0.7), Tag("scenario.b", 0.75)),
        };

        var derived = ShotTagAggregator.Derive([], shots);

        Assert.Equal(["scenario.a", "scenario.b"], derived.Select(t => t.TermId));
        Assert.Equal("s1", derived[0].Evidence[0].ShotId);
    }

    [Fact]
    public void Own_text_and_shots_agreeing_raise_confidence()
    {
        var shots = new[] { Shot("s1", Tag("scenario.a", 0.5)) };

        var alone = ShotTagAggregator.Derive([], shots);
        var agreed = ShotTagAggregator.Derive([Tag("scenario.a", 0.5)], shots);

        Assert.True(agreed[0].Confidence > alone[0].Confidence);
        Assert.InRange(agreed[0].Confidence, 0, 1);
    }

    [Fact]
    public void Weak_terms_are_dropped_and_each_dimension_is_capped()
    {
        var shots = new[]
        {
            Shot("s1", Tag("scenario.a", 0.9), Tag("scenario.b", 0.8), Tag("scenario.c", 0.7), Tag("scenario.d", 0.6), Tag("emotion.x", 0.1, TagDimension.Emotion)),
        };

        var derived = ShotTagAggregator.Derive([], shots, maxPerDimension: 2);

        Assert.Equal(["scenario.a", "scenario.b"], derived.Select(t => t.TermId));
    }
}
