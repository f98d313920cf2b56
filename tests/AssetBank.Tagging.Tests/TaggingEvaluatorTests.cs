using AssetBank.Core.Tagging;
using AssetBank.Tagging.Evaluation;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

public sealed class TaggingEvaluatorTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();

    private static List<TaggingSample> Samples() =>
        ThemedTexts.All.Select((t, i) => new TaggingSample($"s{i}", t.Text, t.Industry, t.Scenario, t.Emotion, t.Relationship)).ToList();

    [Fact]
    public void Themed_texts_score_full_recall_and_top1_in_every_dimension()
    {
        var evaluation = TaggingEvaluator.Evaluate(new LexiconTagger(Default), Samples());

        Assert.Equal(5, evaluation.Samples);
        Assert.Empty(evaluation.Misses);
        Assert.All(evaluation.Dimensions, d =>
        {
            Assert.Equal(5, d.Judged);
            Assert.Equal(1.0, d.Recall);
            Assert.Equal(1.0, d.Top1Accuracy);
            Assert.InRange(d.Precision, 0.3, 1.0);
        });
    }

    [Fact]
    public void Top1_counting_gives_precision_equal_to_recall_when_every_sample_is_judged()
    {
        var evaluation = TaggingEvaluator.Evaluate(new LexiconTagger(Default), Samples(), new TaggingEvaluationOptions { TopK = 1 });

        Assert.All(evaluation.Dimensions, d => Assert.Equal(1.0, d.Precision));
    }

    [Fact]
    public void Wrong_expectations_show_as_misses_and_lower_recall()
    {
        var samples = Samples();
        samples[0] = samples[0] with { Emotion = "温馨" };

        var evaluation = TaggingEvaluator.Evaluate(new LexiconTagger(Default), samples);

        var miss = Assert.Single(evaluation.Misses);
        Assert.Equal(("s0", TagDimension.Emotion, "温馨"), (miss.SampleId, miss.Dimension, miss.Expected));
        Assert.Equal("焦虑", miss.Predicted[0]);
        Assert.Equal(0.8, evaluation[TagDimension.Emotion].Recall, 3);
    }

    [Fact]
    public void Unjudged_dimensions_are_skipped_and_synonyms_resolve()
    {
        var samples = new[] { new TaggingSample("x", "凌晨三点宝宝又醒了，奶爸好焦虑", null, "夜醒", null, "奶爸") };

        var evaluation = TaggingEvaluator.Evaluate(new LexiconTagger(Default), samples);

        Assert.Equal(0, evaluation[TagDimension.Industry].Judged);
        Assert.Equal(1.0, evaluation[TagDimension.Relationship].Recall);
    }

    [Fact]
    public void Parents_and_children_of_the_expected_term_are_not_counted_as_wrong_when_lenient()
    {
        var samples = new[] { new TaggingSample("x", "吸奶器和辅食机，宝宝的喂养好帮手", "婴童喂养", null, null, null) };

        var lenient = TaggingEvaluator.Evaluate(new LexiconTagger(Default), samples);
        var strict = TaggingEvaluator.Evaluate(new LexiconTagger(Default), samples, new TaggingEvaluationOptions { HierarchyLenient = false });

        Assert.Equal(1.0, lenient[TagDimension.Industry].Precision);
        Assert.True(strict[TagDimension.Industry].Precision < 1.0);
    }

    [Fact]
    public async Task Any_tagger_can_be_evaluated_asynchronously()
    {
        var tagger = new LexiconTagger(Default);

        var evaluation = await TaggingEvaluator.EvaluateAsync(tagger, Default, Samples(), null, CancellationToken.None);

        Assert.Equal(TaggingEvaluator.Evaluate(tagger, Samples()).Dimensions, evaluation.Dimensions);
    }
}
