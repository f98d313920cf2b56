using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;
using Xunit;

namespace AssetBank.Catalog.Contract;

/// <summary>Media, content, tags and human edits stored with an asset, on every provider.</summary>
public abstract class DerivedDataContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Media_content_and_tags_are_stored_with_the_asset_and_read_back()
    {
        var media = new MediaAnalysis
        {
            Kind = AssetKind.Video,
            ContentSha256 = new string('b', 64),
            Shots =
            [
                new Shot(0, TimeSpan.Zero, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2), "_derived/b/kf-000.jpg", null,
                    new ImageHashes(new PerceptualHash(0xF0F0), new PerceptualHash(0x0F0F)), "凌晨三点，宝宝又醒了"),
                new Shot(1, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(6.5), "_derived/b/kf-001.jpg", null, null, null),
            ],
        };
        var content = new ExtractedContent { Title = "夜醒", Sections = [new TextSection("开场", "新手爸爸手忙脚乱")] };
        var tags = MachineTags("asset:1", ("industry.muying", TagDimension.Industry, "母婴"), ("emotion.jiaolv", TagDimension.Emotion, "焦虑"));

        var saved = await Catalog.Ledger.SaveProcessedAsync(Asset("tvc/a.mp4"), new AssetDerivedData(media, content, tags), CancellationToken.None);
        var derived = await Catalog.Reader.GetDerivedAsync(saved.Id, CancellationToken.None);
        var indexable = Assert.Single(await Catalog.Reader.GetIndexableAsync([saved.Id], CancellationToken.None));

        Assert.Equal(2, derived.Media!.Shots.Count);
        Assert.Equal("凌晨三点，宝宝又醒了", derived.Media.Shots[0].SubtitleText);
        Assert.Equal(new PerceptualHash(0xF0F0), derived.Media.Shots[0].Hashes!.DHash);
        Assert.Equal(TimeSpan.FromSeconds(6.5), derived.Media.Shots[1].KeyframeTime);
        Assert.Equal("新手爸爸手忙脚乱", derived.Content!.Sections[0].Text);
        Assert.Equal(["母婴", "焦虑"], derived.Tags!.Tags.Select(t => t.Label));
        Assert.Equal(["母婴", "焦虑"], indexable.EffectiveTags!.Tags.Select(t => t.Label));
    }

    [SkippableFact]
    public async Task Human_edits_win_and_survive_re_tagging()
    {
        var saved = await Catalog.Ledger.SaveProcessedAsync(
            Asset("copy/a.txt"),
            new AssetDerivedData(null, null, MachineTags("asset:1", ("emotion.jiaolv", TagDimension.Emotion, "焦虑"), ("emotion.wenxin", TagDimension.Emotion, "温馨"))),
            CancellationToken.None);
        var when = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

        await Catalog.TagEdits.AddHumanTagEditAsync(saved.Id, new HumanTagEdit("asset:1", HumanTagAction.Remove, TagDimension.Emotion, "emotion.wenxin", "李策略", when), CancellationToken.None);
        await Catalog.TagEdits.AddHumanTagEditAsync(saved.Id, new HumanTagEdit("asset:1", HumanTagAction.Add, TagDimension.Relationship, "rel.xinshoubaba", "李策略", when) { Label = "新手爸爸" }, CancellationToken.None);
        await Catalog.TagEdits.SaveMachineTagsAsync(saved.Id, MachineTags("asset:1", ("emotion.wenxin", TagDimension.Emotion, "温馨"), ("emotion.xingfen", TagDimension.Emotion, "兴奋")), CancellationToken.None);
        var effective = await Catalog.Reader.GetEffectiveTagsAsync(saved.Id, CancellationToken.None);
        var edits = await Catalog.Reader.GetHumanTagEditsAsync(saved.Id, CancellationToken.None);

        Assert.NotNull(effective);
        Assert.DoesNotContain(effective.Tags, t => t.TermId == "emotion.wenxin");
        Assert.Contains(effective.Tags, t => t.TermId == "emotion.xingfen" && t.Source == TagSource.Lexicon);
        Assert.Contains(effective.Tags, t => t.TermId == "rel.xinshoubaba" && t.Source == TagSource.Human && t.Confidence == 1.0);
        Assert.Equal(2, edits.Count);
        Assert.Equal("李策略", edits[0].Who);
        Assert.Equal(when, edits[0].When);
    }

    [SkippableFact]
    public async Task Re_ingesting_replaces_shots_instead_of_adding_to_them()
    {
        var first = new MediaAnalysis { Kind = AssetKind.Video, ContentSha256 = "x", Shots = [Shot(0), Shot(1), Shot(2)] };
        var second = new MediaAnalysis { Kind = AssetKind.Video, ContentSha256 = "y", Shots = [Shot(0)] };

        await Catalog.Ledger.SaveProcessedAsync(Asset("v.mp4"), new AssetDerivedData(first, null, null), CancellationToken.None);
        var saved = await Catalog.Ledger.SaveProcessedAsync(Asset("v.mp4"), new AssetDerivedData(second, null, null), CancellationToken.None);

        Assert.Single((await Catalog.Reader.GetDerivedAsync(saved.Id, CancellationToken.None)).Media!.Shots);
    }

    private static Shot Shot(int i) => new(i, TimeSpan.FromSeconds(i), TimeSpan.FromSeconds(i + 1), TimeSpan.FromSeconds(i + 0.5), null, null, null, null);

    private static TagSet MachineTags(string itemId, params (string Id, TagDimension Dimension, string Label)[] terms) => new()
    {
        ItemId = itemId,
        Tagger = "lexicon",
        TaxonomyVersion = "v1",
        Tags = TagSet.Canonical(terms.Select(t => new TagAssignment(t.Dimension, t.Id, t.Label, 0.8, TagSource.Lexicon))),
    };

    private static Asset Asset(string key) => new()
    {
        Key = key,
        ETag = "e1",
        Size = 10,
        Kind = AssetKind.Video,
        StoreLastModified = DateTimeOffset.UnixEpoch,
    };
}
