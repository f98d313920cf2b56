using System.Text.Json;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

public sealed class LexiconTaggerTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();

    public static TheoryData<string, string, string, string, string> Themes => ThemedTexts.Data();

    [Theory]
    [MemberData(nameof(Themes))]
    public void Themed_texts_get_the_expected_top_tag_in_every_dimension(string text, string industry, string scenario, string emotion, string relationship)
    {
        var tags = new LexiconTagger(Default).TagText("item", text);

        Assert.Equal(industry, tags.Top(TagDimension.Industry)?.Label);
        Assert.Equal(scenario, tags.Top(TagDimension.Scenario)?.Label);
        Assert.Equal(emotion, tags.Top(TagDimension.Emotion)?.Label);
        Assert.Equal(relationship, tags.Top(TagDimension.Relationship)?.Label);
    }

    [Fact]
    public void The_night_waking_example_carries_source_confidence_and_evidence_spans()
    {
        const string Text = "凌晨三点宝宝又醒了，新手爸爸手忙脚乱地冲奶粉，焦虑到不行";

        var tags = new LexiconTagger(Default).TagText("muying-1", Text);

        Assert.Equal("muying-1", tags.ItemId);
        Assert.Equal("lexicon", tags.Tagger);
        Assert.Equal(LexiconTagger.ModelName, tags.Model);
        Assert.Equal(Default.Version, tags.TaxonomyVersion);
        Assert.All(tags.Tags, t =>
        {
            Assert.Equal(TagSource.Lexicon, t.Source);
            Assert.InRange(t.Confidence, 0.25, 1.0);
            Assert.NotEmpty(t.Evidence);
            foreach (var e in t.Evidence)
            {
                Assert.Equal(e.Text, Text.Substring(e.Start!.Value, e.Length!.Value));
            }
        });
        var anxiety = tags.Top(TagDimension.Emotion)!;
        Assert.Equal("焦虑", anxiety.Evidence[0].Text);
        Assert.Equal(TaggingTextField.Body, anxiety.Evidence[0].Field);
        Assert.Contains(tags.For(TagDimension.Scenario)[0].Evidence, e => e.Text == "又醒");
    }

    [Fact]
    public void Full_width_and_upper_case_text_matches_and_evidence_keeps_the_original_form()
    {
        var tags = new LexiconTagger(Default).TagText("car", "全新ＳＵＶ上市，试驾预约中");

        var car = tags.For(TagDimension.Industry).Single(t => t.Label == "汽车");
        var suv = car.Evidence.Single(e => e.Text == "ＳＵＶ");
        Assert.Equal(2, suv.Start);
        Assert.Equal(3, suv.Length);
    }

    [Fact]
    public void Negative_keywords_and_longer_words_hide_look_alikes()
    {
        var tagger = new LexiconTagger(Default);

        Assert.DoesNotContain(tagger.TagText("a", "这次出门一点也不焦虑，准备得很充分").Tags, t => t.Label == "焦虑");
        Assert.DoesNotContain(tagger.TagText("b", "购物车里装满了车厘子").For(TagDimension.Industry), t => t.Label == "汽车");
        Assert.Contains(tagger.TagText("c", "新车的后备箱很大，开车很稳").For(TagDimension.Industry), t => t.Label == "汽车");
    }

    [Fact]
    public void A_word_straddling_a_longer_word_of_another_dimension_is_ignored()
    {
        var tags = new LexiconTagger(Default).TagText("x", "恒温暖奶器");

        Assert.Contains(tags.Tags, t => t.Label == "母婴");
        Assert.DoesNotContain(tags.Tags, t => t.Label == "温馨");
        Assert.Contains(new LexiconTagger(Default).TagText("y", "一家人在一起好温暖").Tags, t => t.Label == "温馨");
    }

    [Fact]
    public void Overlapping_words_of_equal_length_both_count()
    {
        var tags = new LexiconTagger(Default).TagText("x", "冲奶粉");

        var feeding = tags.For(TagDimension.Industry).Single(t => t.Label == "婴童喂养");
        Assert.Equal(["冲奶", "奶粉"], feeding.Evidence.Select(e => e.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Huge_and_random_documents_are_tagged_without_errors()
    {
        var random = new Random(20250303);
        var chars = Enumerable.Range(0, 400_000).Select(_ => random.Next(10) switch
        {
            0 => (char)random.Next(0xD800, 0xE000),
            1 => (char)random.Next(0, 32),
            2 => (char)random.Next(0xFF01, 0xFF5F),
            _ => (char)random.Next(0x4E00, 0x9FA6),
        }).ToArray();
        var text = new string(chars) + ThemedTexts.All[0].Text;

        var tags = new LexiconTagger(Default).TagText("huge", text);

        Assert.Contains(tags.Tags, t => t.Label == "新手爸爸");
    }

    [Fact]
    public void A_negation_cancels_evidence_elsewhere_in_the_text()
    {
        var tagger = new LexiconTagger(Default);

        var plain = tagger.TagText("a", "焦虑。");
        var negated = tagger.TagText("b", "焦虑。后来再也不焦虑了");

        Assert.Equal("焦虑", plain.Top(TagDimension.Emotion)?.Label);
        Assert.DoesNotContain(negated.Tags, t => t.Label == "焦虑");
    }

    [Fact]
    public void Child_terms_lend_part_of_their_score_to_their_parents()
    {
        var tags = new LexiconTagger(Default).TagText("x", "吸奶器和辅食机");

        var labels = tags.LabelsOf(TagDimension.Industry);
        Assert.Equal("婴童喂养", labels[0]);
        Assert.Contains("母婴", labels);
    }

    [Fact]
    public void Matches_must_respect_the_segmenters_word_boundaries()
    {
        const string Text = "我们的共同事业";

        var unsegmented = new LexiconTagger(Default).TagText("x", Text);
        var segmented = new LexiconTagger(Default, segmenter: new FixedSegmenter([0, 2, 3, 5, 7])).TagText("x", Text);

        Assert.Contains(unsegmented.Tags, t => t.Label == "同事");
        Assert.DoesNotContain(segmented.Tags, t => t.Label == "同事");
    }

    [Fact]
    public void Titles_count_more_than_comments()
    {
        var tagger = new LexiconTagger(Default);

        var title = tagger.Tag(new TaggingInput { ItemId = "t", Title = "露营" });
        var comment = tagger.Tag(new TaggingInput { ItemId = "c", Texts = [new TaggingText(TaggingTextField.Comment, "露营")] });

        Assert.True(title.Top(TagDimension.Scenario)!.Confidence > comment.Top(TagDimension.Scenario)!.Confidence);
    }

    [Fact]
    public void Repeated_words_saturate()
    {
        var tagger = new LexiconTagger(Default);

        var once = tagger.TagText("a", "焦虑");
        var spam = tagger.TagText("b", string.Concat(Enumerable.Repeat("焦虑", 50)));

        Assert.True(spam.Top(TagDimension.Emotion)!.Confidence < 0.8);
        Assert.True(spam.Top(TagDimension.Emotion)!.Confidence > once.Top(TagDimension.Emotion)!.Confidence);
    }

    [Fact]
    public void Text_without_any_taxonomy_word_gets_no_tags()
    {
        Assert.Empty(new LexiconTagger(Default).TagText("x", "The quick brown fox 12345").Tags);
        Assert.Empty(new LexiconTagger(Default).Tag(new TaggingInput { ItemId = "empty" }).Tags);
    }

    [Fact]
    public void Tagging_is_deterministic_across_runs_and_instances()
    {
        var input = VideoInput();

        var first = JsonSerializer.Serialize(new LexiconTagger(Default).Tag(input));
        var second = JsonSerializer.Serialize(new LexiconTagger(TaxonomyLoader.LoadDefault()).Tag(input));
        var third = JsonSerializer.Serialize(new LexiconTagger(Default).Tag(input));

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task Videos_are_tagged_as_a_whole_and_per_shot()
    {
        var tagger = new LexiconTagger(Default);

        var video = await tagger.TagAsync(VideoInput(), CancellationToken.None);
        var shots = await tagger.TagShotsAsync(VideoInput(), CancellationToken.None);

        Assert.Equal(["s1", "s2", "s3"], video.Shots.Select(s => s.ItemId));
        Assert.Equal(JsonSerializer.Serialize(shots), JsonSerializer.Serialize(video.Shots));
        Assert.Equal("夜醒", video.Shots[0].Top(TagDimension.Scenario)?.Label);
        Assert.Equal("s1", video.Shots[0].Top(TagDimension.Scenario)!.Evidence[0].ShotId);
        Assert.All(video.Shots[0].Tags.SelectMany(t => t.Evidence).Where(e => e.Field != TaggingTextField.Context), e => Assert.Equal("s1", e.ShotId));
        Assert.Equal("新手爸爸", video.Shots[1].Top(TagDimension.Relationship)?.Label);

        // A shot without words of its own is tagged from its film and its neighbours only.
        Assert.NotEmpty(video.Shots[2].Tags);
        Assert.All(video.Shots[2].Tags.SelectMany(t => t.Evidence), e => Assert.Equal(TaggingTextField.Context, e.Field));
        Assert.All(video.Shots[2].Tags, t => Assert.Contains(video.Tags, v => v.TermId == t.TermId));

        Assert.Equal("母婴", video.Top(TagDimension.Industry)?.Label);
        Assert.Equal("夜醒", video.Top(TagDimension.Scenario)?.Label);
        Assert.Equal("新手爸爸", video.Top(TagDimension.Relationship)?.Label);
        Assert.Contains(video.Tags.SelectMany(t => t.Evidence), e => e.ShotId is null && e.Field == TaggingTextField.Title);
        Assert.Contains(video.Tags.SelectMany(t => t.Evidence), e => e.ShotId == "s2");
    }

    [Fact]
    public async Task Cancelled_tagging_throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LexiconTagger(Default).TagAsync(VideoInput(), cts.Token));
    }

    [Fact]
    public void Options_limit_tags_per_dimension_and_confidence()
    {
        var strict = new LexiconTagger(Default, new LexiconOptions { MaxTagsPerDimension = 1, MinConfidence = 0.6 });

        var tags = strict.TagText("x", ThemedTexts.All[0].Text);

        Assert.All(TagDimensions.All, d => Assert.True(tags.For(d).Count <= 1));
        Assert.All(tags.Tags, t => Assert.True(t.Confidence >= 0.6));
    }

    private static TaggingInput VideoInput() => new()
    {
        ItemId = "tvc-1",
        Kind = AssetKind.Video,
        Channel = "TVC",
        Title = "暖奶器《凌晨三点》15秒",
        Shots =
        [
            new TaggingShot("s1", TimeSpan.Zero, TimeSpan.FromSeconds(3))
            {
                Texts = [new TaggingText(TaggingTextField.Subtitle, "凌晨三点，宝宝又醒了")],
            },
            new TaggingShot("s2", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7))
            {
                Texts = [new TaggingText(TaggingTextField.Subtitle, "新手爸爸摸黑冲奶")],
            },
            new TaggingShot("s3", TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(10)),
        ],
    };

    private sealed class FixedSegmenter(int[] boundaries) : ITextSegmenter
    {
        public IReadOnlyList<TextSegment> Segment(string text) =>
            boundaries.Zip(boundaries.Skip(1), (start, end) => new TextSegment(start, end - start)).ToList();
    }
}
