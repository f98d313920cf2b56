using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Search.Tests;

public sealed class IndexSequenceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_reopened_index_reports_the_sequence_of_its_last_commit()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "蓝鲸文案", "夜里不漏")], 7, None);
        await temp.Index.CommitAsync(None);
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(901, "白鲸文案", "白天不漏")], 9, None);
        temp.Reopen();

        Assert.Equal(9, temp.Index.IndexedThrough);
        Assert.Equal(Corpus.Documents.Count + 2, await temp.Index.CountAsync(None));
    }

    [Fact]
    public async Task After_a_crash_the_index_reports_the_last_committed_sequence_not_the_last_applied()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "蓝鲸文案", "夜里不漏")], 5, None);
        await temp.Index.CommitAsync(None);

        // Applied and searchable here, never committed: what a kill -9 loses. Another process sees the last commit.
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(901, "白鲸文案", "白天不漏")], 8, None);
        using var afterCrash = temp.Open();

        Assert.Equal(8, temp.Index.IndexedThrough);
        Assert.Equal(5, afterCrash.IndexedThrough);
        Assert.Single((await afterCrash.SearchAsync(SearchQuery.For("蓝鲸文案"), None)).Hits);
        Assert.Empty((await afterCrash.SearchAsync(SearchQuery.For("白鲸文案"), None)).Hits);
    }

    [Fact]
    public async Task The_sequence_never_goes_back_and_replaying_changes_changes_nothing()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        var changes = new[] { Assets.Video(900, "蓝鲸广告", "第一个镜头", "第二个镜头"), Assets.Copy(901, "白鲸文案", "白天不漏") };

        await temp.Index.ApplyChangesAsync([101], changes, 12, None);
        var once = await temp.Index.CountAsync(None);
        await temp.Index.ApplyChangesAsync([101], changes, 10, None);

        Assert.Equal(12, temp.Index.IndexedThrough);
        Assert.Equal(once, await temp.Index.CountAsync(None));
        Assert.Equal(Corpus.Documents.Count - 4 + 4, once);
    }

    [Fact]
    public async Task An_upsert_replaces_every_document_of_the_asset()
    {
        using var temp = await TempIndex.CreateAsync();
        await temp.Index.ApplyChangesAsync([], [Assets.Video(900, "蓝鲸广告", "第一个镜头", "第二个镜头", "第三个镜头")], 1, None);

        await temp.Index.ApplyChangesAsync([], [Assets.Video(900, "蓝鲸广告重剪", "唯一的镜头")], 2, None);
        var results = await temp.Index.SearchAsync(SearchQuery.For("镜头") with { PageSize = 50 }, None);

        Assert.Equal(2, await temp.Index.CountAsync(None));
        Assert.Equal(["asset:900", "shot:900:0"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_taxonomy_change_needs_a_rebuild_until_a_rebuild_clears_it()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        var edited = new Taxonomy(Corpus.Taxonomy.Terms.Append(new TaxonomyTerm("emotion.test-only", TagDimension.Emotion, "测试情绪", "Test only")));

        temp.Reopen(edited);
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "蓝鲸文案", "夜里不漏")], 3, None);
        await temp.Index.CommitAsync(None);
        await temp.Index.ReleaseWriterAsync(None);
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(901, "白鲸文案", "白天不漏")], 4, None);
        temp.Reopen(edited);

        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.Contains("taxonomy", temp.Index.State.Reason, StringComparison.Ordinal);
        Assert.Equal(4, temp.Index.IndexedThrough);

        await temp.Index.RebuildAsync(Assets.Stream(Assets.Copy(900, "蓝鲸文案", "夜里不漏")), 6, null, None);
        Assert.False(temp.Index.State.NeedsRebuild);
        temp.Reopen(edited);

        Assert.False(temp.Index.State.NeedsRebuild);
        Assert.Equal(6, temp.Index.IndexedThrough);
        Assert.Equal(1, await temp.Index.CountAsync(None));
    }

    [Fact]
    public async Task A_missing_index_written_without_a_rebuild_still_needs_one()
    {
        using var temp = await TempIndex.CreateAsync();

        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "蓝鲸文案", "夜里不漏")], 3, None);
        temp.Reopen();

        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.StartsWith("missing", temp.Index.State.Reason, StringComparison.Ordinal);
        Assert.Equal(3, temp.Index.IndexedThrough);
    }
}
