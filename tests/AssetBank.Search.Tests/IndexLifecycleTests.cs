using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Search.Tests;

public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task An_upserted_asset_is_searchable_as_soon_as_ApplyChangesAsync_returns()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "蓝鲸牌纸尿裤上新文案", "夜里不漏，宝宝睡整觉")], 5);
        var results = await temp.Index.SearchAsync(SearchQuery.For("蓝鲸"));

        Assert.Equal("asset:900", results.Hits.Single().Id);
        Assert.Equal(Corpus.Documents.Count + 1, await temp.Index.CountAsync());
        Assert.Equal(5, temp.Index.IndexedThrough);
    }

    [Fact]
    public async Task Indexing_a_document_again_replaces_it()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        var original = Corpus.Documents.Single(d => d.Id == "asset:202");

        await temp.Index.IndexDocumentsAsync([original with { Title = "白噪音哄睡机测评" }]);

        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
        Assert.Equal("asset:202", (await temp.Index.SearchAsync(SearchQuery.For("白噪音哄睡机测评"))).Hits[0].Id);
        Assert.DoesNotContain((await temp.Index.SearchAsync(SearchQuery.For("哄睡神器分享 kind:social"))).Hits, h => h.Title == original.Title);
    }

    [Fact]
    public async Task Deleting_an_asset_removes_it_and_all_its_shots()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        await temp.Index.ApplyChangesAsync([101], [], 2);
        var results = await temp.Index.SearchAsync(SearchQuery.For("暖暖奶粉 新手爸爸") with { PageSize = 50 });

        Assert.DoesNotContain(results.Hits, h => h.AssetId == 101);
        Assert.Equal(Corpus.Documents.Count - 4, await temp.Index.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_asset_that_is_not_there_is_not_an_error()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        await temp.Index.ApplyChangesAsync([424242], [], 2);

        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
    }

    [Fact]
    public async Task Documents_without_an_id_are_rejected_with_the_asset_named()
    {
        using var temp = await TempIndex.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => temp.Index.IndexDocumentsAsync([new SearchDocument { Id = " ", AssetId = 77, Kind = "copy" }]));

        Assert.Contains("77", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_batch_is_indexed_in_parallel_and_completely()
    {
        using var temp = await TempIndex.CreateAsync();
        var batch = Enumerable.Range(0, 1500)
            .Select(i => SearchDocument.ForShot(7000 + (i / 10), i % 10, i, i + 1) with { Subtitles = $"第{i}个镜头，新手爸爸半夜冲奶粉", Channel = "TVC" })
            .ToList();

        await temp.Index.IndexDocumentsAsync(batch);

        Assert.Equal(1500, await temp.Index.CountAsync());
        Assert.Equal(1500, (await temp.Index.SearchAsync(SearchQuery.For("新手爸爸"))).TotalHits);
    }

    [Fact]
    public async Task A_new_index_is_created_empty_and_reported_for_a_rebuild()
    {
        using var temp = await TempIndex.CreateAsync();

        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.StartsWith("missing", temp.Index.State.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await temp.Index.CountAsync());
        Assert.Equal(0, temp.Index.IndexedThrough);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Reopening_keeps_committed_documents_and_reports_a_healthy_index()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        temp.Reopen();

        Assert.False(temp.Index.State.NeedsRebuild);
        Assert.Equal(1, temp.Index.IndexedThrough);
        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
        Assert.NotEmpty((await temp.Index.SearchAsync(SearchQuery.For("新手爸爸"))).Hits);
    }

    [Fact]
    public async Task A_corrupt_segments_file_is_reported_for_a_rebuild_and_left_in_place_until_a_rebuild()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        temp.Index.Dispose();
        foreach (var segments in Directory.GetFiles(temp.Path, "segments_*"))
        {
            await File.WriteAllBytesAsync(segments, Enumerable.Range(0, 512).Select(i => (byte)(i * 37)).ToArray());
        }

        temp.Reopen();

        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.StartsWith("corrupt", temp.Index.State.Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(temp.Root, "index.corrupt-*"));
        await Assert.ThrowsAsync<SearchIndexCorruptException>(() => temp.Index.CountAsync());

        var rebuilt = await temp.Index.RebuildDocumentsAsync(Corpus.Stream(Corpus.Documents), 3, null);

        Assert.Equal(Corpus.Documents.Count, rebuilt);
        Assert.Single(Directory.GetDirectories(temp.Root, "index.corrupt-*"));
        Assert.Equal(3, temp.Index.IndexedThrough);
        Assert.False(temp.Index.State.NeedsRebuild);
        Assert.NotEmpty((await temp.Index.SearchAsync(SearchQuery.For("母婴 夜醒"))).Hits);
    }

    [Fact]
    public async Task A_missing_segments_file_is_reported_for_a_rebuild()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        temp.Index.Dispose();
        foreach (var segments in Directory.GetFiles(temp.Path, "segments*"))
        {
            File.Delete(segments);
        }

        temp.Reopen();

        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.Equal(0, await temp.Index.CountAsync());
    }

    [Fact]
    public async Task An_index_built_with_another_taxonomy_is_reported_for_a_rebuild()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        temp.Index.Dispose();
        var edited = new Taxonomy(Corpus.Taxonomy.Terms.Append(new TaxonomyTerm("emotion.test-only", TagDimension.Emotion, "测试情绪", "Test only")));

        using var reopened = new LuceneSearchIndex(temp.Options(), edited);

        Assert.True(reopened.State.NeedsRebuild);
        Assert.Contains("taxonomy", reopened.State.Reason, StringComparison.Ordinal);
        Assert.Equal(Corpus.Documents.Count, await reopened.CountAsync());
    }

    [Fact]
    public async Task A_second_writer_on_the_same_folder_is_refused_at_its_first_write_with_the_folder_named()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        using var second = new LuceneSearchIndex(temp.Options(), Corpus.Taxonomy);

        var error = await Assert.ThrowsAsync<SearchIndexException>(() => second.ApplyChangesAsync([], [Assets.Copy(7, "第二个写入者", "不该写进去")], 9));

        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.Equal(Corpus.Documents.Count, await second.CountAsync());
    }

    [Fact]
    public async Task A_released_writer_lets_another_instance_write()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        using var second = new LuceneSearchIndex(temp.Options(), Corpus.Taxonomy);

        await temp.Index.ReleaseWriterAsync(CancellationToken.None);
        await second.ApplyChangesAsync([], [Assets.Copy(7, "第二个写入者", "接着写")], 9);
        await second.ReleaseWriterAsync(CancellationToken.None);
        await temp.Index.RefreshAsync(CancellationToken.None);

        Assert.Equal(Corpus.Documents.Count + 1, await temp.Index.CountAsync());
        Assert.Equal(9, temp.Index.IndexedThrough);
    }

    [Fact]
    public async Task Rebuilding_replaces_the_content_and_reports_progress()
    {
        using var temp = await TempIndex.CreateAsync([SearchDocument.ForAsset(999, "copy") with { Title = "早已删除的旧文案" }]);
        var many = Enumerable.Range(0, 2500)
            .Select(i => SearchDocument.ForAsset(10_000 + i, "social") with { Channel = "抖音", Comments = $"第{i}条评论：夜醒三次的我" })
            .Concat(Corpus.Documents)
            .ToList();
        var progress = new RecordingProgress();

        var rebuilt = await temp.Index.RebuildDocumentsAsync(Corpus.Stream(many), 1, progress);

        Assert.Equal(many.Count, rebuilt);
        Assert.Equal(many.Count, await temp.Index.CountAsync());
        Assert.Equal(many.Count, progress.Reports[^1]);
        Assert.Contains(1000, progress.Reports);
        Assert.Contains(2000, progress.Reports);
        Assert.DoesNotContain((await temp.Index.SearchAsync(SearchQuery.For("早已删除的旧文案"))).Hits, h => h.Id == "asset:999");
        Assert.False(temp.Index.State.NeedsRebuild);
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_the_previous_content_in_place()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Index.RebuildDocumentsAsync(Failing(after: 3), 2, null));

        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
        Assert.NotEmpty((await temp.Index.SearchAsync(SearchQuery.For("新手爸爸"))).Hits);
        await temp.Index.IndexDocumentsAsync([SearchDocument.ForAsset(901, "copy") with { Title = "重建失败之后照常写入" }]);
        Assert.Equal(1, temp.Index.IndexedThrough);
        Assert.Single((await temp.Index.SearchAsync(SearchQuery.For("照常写入"))).Hits);
    }

    [Fact]
    public async Task A_cancelled_rebuild_leaves_the_previous_content_in_place()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => temp.Index.RebuildDocumentsAsync(CancelAfter(cancel, 5), 2, null, cancel.Token));

        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
        temp.Reopen();
        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
    }

    [Fact]
    public async Task The_service_collection_extension_builds_the_index_from_configuration()
    {
        using var temp = await TempIndex.CreateAsync();
        temp.Index.Dispose();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Search:IndexPath"] = temp.Path, ["Search:SnippetLength"] = "60" })
            .Build();
        var services = new ServiceCollection().AddSingleton(Corpus.Taxonomy).AddAssetBankSearch(configuration);

        using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }))
        {
            var index = provider.GetRequiredService<ISearchIndex>();
            await ((LuceneSearchIndex)index).RebuildDocumentsAsync(Corpus.Stream(Corpus.Documents), 1, null);
            Assert.Same(index, provider.GetRequiredService<LuceneSearchIndex>());
            Assert.Same(provider.GetRequiredService<ISearchTextAnalyzer>(), ((LuceneSearchIndex)index).TextAnalyzer);
            Assert.Equal(Path.GetFullPath(temp.Path), ((LuceneSearchIndex)index).IndexPath);
        }

        temp.Reopen();
        Assert.Equal(Corpus.Documents.Count, await temp.Index.CountAsync());
    }

    [Fact]
    public void Options_out_of_range_fail_validation_at_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Search:MaxPageSize"] = "0" })
            .Build();
        using var provider = new ServiceCollection().AddSingleton(Corpus.Taxonomy).AddAssetBankSearch(configuration).BuildServiceProvider();

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value);
    }

    private static async IAsyncEnumerable<SearchDocument> Failing(int after)
    {
        foreach (var document in Corpus.Documents.Take(after))
        {
            await Task.Yield();
            yield return document;
        }

        throw new InvalidOperationException("The catalog went away.");
    }

    private static async IAsyncEnumerable<SearchDocument> CancelAfter(CancellationTokenSource cancel, int after)
    {
        var sent = 0;
        foreach (var document in Corpus.Documents)
        {
            if (sent++ == after)
            {
                await cancel.CancelAsync();
            }

            await Task.Yield();
            yield return document;
        }
    }
}
