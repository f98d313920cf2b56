using AssetBank.Core.Search;

namespace AssetBank.Search.Tests;

public sealed class ReaderWriterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_reader_searches_while_a_writer_writes_and_sees_its_commits_after_a_refresh()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        using var reader = temp.Open();
        using var stop = new CancellationTokenSource();
        var searching = Task.Run(async () =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.NotEmpty((await reader.SearchAsync(SearchQuery.For("新手爸爸"), None)).Hits);
                await reader.RefreshAsync(None);
                searches++;
            }

            return searches;
        });

        for (var i = 0; i < 20; i++)
        {
            await temp.Index.ApplyChangesAsync([], [Assets.Copy(900 + i, $"蓝鲸文案第{i}版", "新手爸爸夜里不漏")], 10 + i, None);
            await temp.Index.CommitAsync(None);
        }

        await temp.Index.ApplyChangesAsync([], [Assets.Copy(990, "白鲸文案", "还没提交")], 40, None);
        await stop.CancelAsync();
        Assert.True(await searching > 0);
        await reader.RefreshAsync(None);

        Assert.Equal(29, reader.IndexedThrough);
        Assert.Equal(20, (await reader.SearchAsync(SearchQuery.For("蓝鲸文案") with { PageSize = 50 }, None)).TotalHits);
        Assert.Empty((await reader.SearchAsync(SearchQuery.For("白鲸文案"), None)).Hits);
        Assert.False(reader.State.NeedsRebuild);
        Assert.Equal(["index"], Directory.GetDirectories(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_reader_never_takes_the_write_lock_nor_moves_the_folder()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        await temp.Index.ReleaseWriterAsync(None);
        File.Delete(Path.Combine(temp.Path, "write.lock"));
        var files = Directory.GetFiles(temp.Path).Order(StringComparer.Ordinal).ToList();

        using (var reader = temp.Open())
        {
            await reader.SearchAsync(SearchQuery.For("新手爸爸"), None);
            await reader.CountAsync(None);
            await reader.RefreshAsync(None);
            await reader.CommitAsync(None);
            await reader.ReleaseWriterAsync(None);
        }

        Assert.Equal(files, Directory.GetFiles(temp.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["index"], Directory.GetDirectories(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Random_bytes_in_a_segment_file_make_searches_fail_as_corrupt_until_a_rebuild()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        temp.Index.Dispose();
        var largest = new DirectoryInfo(temp.Path).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;
        var noise = new byte[32];
        new Random(8).NextBytes(noise);
        await using (var file = new FileStream(largest.FullName, FileMode.Open, FileAccess.Write))
        {
            file.Position = largest.Length / 2;
            await file.WriteAsync(noise);
        }

        temp.Reopen();
        await temp.Index.Verification;
        var error = await Assert.ThrowsAsync<SearchIndexCorruptException>(() => temp.Index.SearchAsync(SearchQuery.For("新手爸爸") with { PageSize = 50 }, None));

        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
        Assert.True(temp.Index.State.NeedsRebuild);
        Assert.StartsWith("corrupt", temp.Index.State.Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(temp.Root, "index.corrupt-*"));
        await Assert.ThrowsAsync<SearchIndexCorruptException>(() => temp.Index.CountAsync(None));

        await temp.Index.RebuildAsync(Assets.Stream(Assets.Copy(900, "新手爸爸文案", "夜里不漏")), 5, null, None);

        Assert.False(temp.Index.State.NeedsRebuild);
        Assert.Single((await temp.Index.SearchAsync(SearchQuery.For("新手爸爸"), None)).Hits);
        Assert.Single(Directory.GetDirectories(temp.Root, "index.corrupt-*"));
        temp.Reopen();
        Assert.False(temp.Index.State.NeedsRebuild);
        Assert.Equal(1, await temp.Index.CountAsync(None));
    }
}
