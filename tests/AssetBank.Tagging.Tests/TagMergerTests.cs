using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

public sealed class TagMergerTests
{
    private static readonly Taxonomy Default = TaxonomyLoader.LoadDefault();
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static string Id(TagDimension dimension, string label) => Default.FindByLabel(dimension, label)!.Id;

    private static HumanTagEdit Edit(HumanTagAction action, TagDimension dimension, string label, DateTimeOffset when, string item = "item", string who = "lina") =>
        new(item, action, dimension, Id(dimension, label), who, when);

    [Fact]
    public void Human_edits_win_over_machine_tags()
    {
        var machine = new LexiconTagger(Default).TagText("item", ThemedTexts.All[0].Text);
        Assert.Contains(machine.Tags, t => t.Label == "焦虑");

        var merged = TagMerger.Apply(
            machine,
            [
                Edit(HumanTagAction.Remove, TagDimension.Emotion, "焦虑", Monday),
                Edit(HumanTagAction.Add, TagDimension.Emotion, "温馨", Monday),
            ],
            Default);

        Assert.DoesNotContain(merged.Tags, t => t.Label == "焦虑");
        var warm = Assert.Single(merged.Tags, t => t.Label == "温馨");
        Assert.Equal(TagSource.Human, warm.Source);
        Assert.Equal(1.0, warm.Confidence);
        Assert.Equal("lina", warm.Tagger);
        Assert.Equal("温馨", merged.Top(TagDimension.Emotion)!.Label);
    }

    [Fact]
    public void Human_edits_survive_re_tagging()
    {
        var edits = new List<HumanTagEdit>
        {
            Edit(HumanTagAction.Remove, TagDimension.Relationship, "新手爸爸", Monday),
            Edit(HumanTagAction.Add, TagDimension.Relationship, "一家三口", Monday),
        };
        var before = TagMerger.Apply(new LexiconTagger(Default).TagText("item", ThemedTexts.All[0].Text), edits, Default);

        // The copy is re-tagged later with more text and other options: the machine proposes 新手爸爸 again.
        var retagger = new LexiconTagger(Default, new LexiconOptions { MaxTagsPerDimension = 5, MinConfidence = 0.1 });
        var retagged = retagger.TagText("item", ThemedTexts.All[0].Text + "。奶爸的第一个夜班，新手爸爸加油");
        Assert.Contains(retagged.Tags, t => t.Label == "新手爸爸");
        var after = TagMerger.Apply(retagged, edits, Default);

        foreach (var merged in new[] { before, after })
        {
            Assert.DoesNotContain(merged.Tags, t => t.Label == "新手爸爸");
            Assert.Equal(TagSource.Human, Assert.Single(merged.Tags, t => t.Label == "一家三口").Source);
        }
    }

    [Fact]
    public void The_latest_edit_of_a_term_decides()
    {
        var machine = new LexiconTagger(Default).TagText("item", ThemedTexts.All[0].Text);

        var removedLast = TagMerger.Apply(machine,
        [
            Edit(HumanTagAction.Remove, TagDimension.Emotion, "焦虑", Monday.AddHours(2)),
            Edit(HumanTagAction.Add, TagDimension.Emotion, "焦虑", Monday),
        ]);
        var addedLast = TagMerger.Apply(machine,
        [
            Edit(HumanTagAction.Remove, TagDimension.Emotion, "焦虑", Monday),
            Edit(HumanTagAction.Add, TagDimension.Emotion, "焦虑", Monday.AddHours(2), who: "wei"),
        ]);

        Assert.DoesNotContain(removedLast.Tags, t => t.Label == "焦虑");
        var anxiety = Assert.Single(addedLast.Tags, t => t.Label == "焦虑");
        Assert.Equal(TagSource.Human, anxiety.Source);
        Assert.Equal("wei", anxiety.Tagger);
        Assert.NotEmpty(anxiety.Evidence);
    }

    [Fact]
    public void Edits_apply_only_to_their_item_and_reach_into_shots()
    {
        var video = new TagSet
        {
            ItemId = "video",
            Tagger = "lexicon",
            TaxonomyVersion = Default.Version,
            Tags = [new TagAssignment(TagDimension.Emotion, Id(TagDimension.Emotion, "焦虑"), "焦虑", 0.6, TagSource.Lexicon)],
            Shots =
            [
                new TagSet
                {
                    ItemId = "video#1",
                    Tagger = "lexicon",
                    TaxonomyVersion = Default.Version,
                    Tags = [new TagAssignment(TagDimension.Emotion, Id(TagDimension.Emotion, "焦虑"), "焦虑", 0.5, TagSource.Lexicon)],
                },
            ],
        };

        var merged = TagMerger.Apply(video,
        [
            Edit(HumanTagAction.Remove, TagDimension.Emotion, "焦虑", Monday, item: "video#1"),
            Edit(HumanTagAction.Add, TagDimension.Scenario, "哄睡", Monday, item: "video#1"),
            Edit(HumanTagAction.Remove, TagDimension.Emotion, "焦虑", Monday, item: "another"),
        ], Default);

        Assert.Equal(["焦虑"], merged.Tags.Select(t => t.Label));
        Assert.Equal(["哄睡"], merged.Shots[0].Tags.Select(t => t.Label));
    }

    [Fact]
    public void Without_a_taxonomy_the_edit_label_is_used_and_notes_become_evidence()
    {
        var empty = new TagSet { ItemId = "item", Tagger = "llm", TaxonomyVersion = "v" };

        var merged = TagMerger.Apply(empty,
        [
            new HumanTagEdit("item", HumanTagAction.Add, TagDimension.Scenario, "scenario.custom", "lina", Monday)
            {
                Label = "年会",
                Note = "客户要求",
            },
        ]);

        var tag = Assert.Single(merged.Tags);
        Assert.Equal("年会", tag.Label);
        Assert.Equal("客户要求", Assert.Single(tag.Evidence).Text);
    }

    [Fact]
    public void No_edits_leave_the_set_untouched()
    {
        var machine = new LexiconTagger(Default).TagText("item", ThemedTexts.All[1].Text);

        Assert.Same(machine, TagMerger.Apply(machine, []));
    }
}
