using AssetBank.Application.Ingesting;
using AssetBank.Application.Searching;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssetBank.Application.Tests;

/// <summary>The index follows the catalog's change sequence: whatever a crash cut off comes back, failures and deletions leave it.</summary>
public sealed class SearchIndexSyncTests : IDisposable
{
    private readonly PipelineHarness _h = new();
    private readonly FakeSearchIndex _index = new();
    private readonly SearchIndexSync _sync;

    public SearchIndexSyncTests()
    {
        _sync = new SearchIndexSync(_index, _h.Catalog.Changes, _h.Catalog.Reader, NullLogger<SearchIndexSync>.Instance);
    }

    [Fact]
    public async Task Every_committed_item_reaches_the_index_through_the_commit_feed()
    {
        for (var i = 0; i < 5; i++)
        {
            await _h.PutAsync($"a/{i}.txt", $"文案 {i}");
        }

        await _h.Pipeline(null, [_sync]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(5, _index.Assets.Count);
        Assert.Equal(0, await _sync.LagAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_index_left_behind_by_a_crash_catches_up_from_its_sequence()
    {
        for (var i = 0; i < 6; i++)
        {
            await _h.PutAsync($"a/{i}.txt", $"文案 {i}");
        }

        // The catalog committed everything; the index (as if reopened at an older commit) holds nothing after 0.
        await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        Assert.Equal(6, await _sync.LagAsync(CancellationToken.None));

        await _sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(6, _index.Assets.Count);
        Assert.Equal(0, await _sync.LagAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_object_that_turned_into_garbage_or_was_deleted_leaves_the_index()
    {
        await _h.PutAsync("a/keep.txt", "保留的文案");
        await _h.PutAsync("a/broken.txt", "将被损坏的文案");
        await _h.PutAsync("a/gone.txt", "将被删除的文案");
        await _h.Pipeline(null, [_sync]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        Assert.Equal(3, _index.Assets.Count);

        await _h.PutAsync("a/broken.txt", new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFE, 0xFF, 0x00, 0x00, 0x10, 0x00 });
        await _h.Store.DeleteAsync("a/gone.txt", CancellationToken.None);
        await _h.Pipeline(null, [_sync]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(["a/keep.txt"], _index.Assets.Values.Select(a => a.Asset.Key));
    }

    [Fact]
    public async Task A_tag_edit_reaches_the_index_with_the_effective_tags()
    {
        await _h.PutAsync("a/brief.txt", "新手爸爸半夜哄娃");
        await _h.Pipeline(null, [_sync]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var asset = (await _h.Catalog.Reader.FindByKeyAsync("a/brief.txt", CancellationToken.None))!;

        await _h.Catalog.TagEdits.AddHumanTagEditAsync(asset.Id, new HumanTagEdit("a/brief.txt", HumanTagAction.Add, TagDimension.Relationship, "relationship.new-dad", "李策略", DateTimeOffset.UtcNow) { Label = "新手爸爸" }, CancellationToken.None);
        await new CatalogCommitFeed([_sync], NullLogger<CatalogCommitFeed>.Instance).PublishAsync(CancellationToken.None);

        var tags = _index.Assets[asset.Id].EffectiveTags!;
        Assert.Contains(tags.Tags, t => t.TermId == "relationship.new-dad" && t.Source == TagSource.Human);
    }

    [Fact]
    public async Task An_index_that_needs_a_rebuild_is_rebuilt_then_caught_up()
    {
        await _h.PutAsync("a/1.txt", "一");
        await _h.PutAsync("a/2.txt", "二");
        await _h.Pipeline(null, [_sync]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        _index.State = SearchIndexState.Rebuild("taxonomy changed since the index was built");
        _index.Assets.Clear();

        await _sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(1, _index.Rebuilds);
        Assert.Equal(2, _index.Assets.Count);
        Assert.False(_index.State.NeedsRebuild);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_fail_the_commit_and_catches_up_later()
    {
        await _h.PutAsync("a/1.txt", "一");
        var flaky = new FlakySubscriber(_sync);

        var report = await _h.Pipeline(null, [flaky]).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Empty(_index.Assets);
        flaky.Broken = false;
        await new CatalogCommitFeed([flaky], NullLogger<CatalogCommitFeed>.Instance).PublishAsync(CancellationToken.None);
        Assert.Single(_index.Assets);
    }

    public void Dispose()
    {
        _sync.Dispose();
        _h.Dispose();
    }

    private sealed class FlakySubscriber(ICatalogSubscriber inner) : ICatalogSubscriber
    {
        public bool Broken { get; set; } = true;

        public string Name => "flaky";

        public Task CatchUpAsync(CancellationToken cancellationToken) =>
            Broken ? throw new IOException("No space left on device") : inner.CatchUpAsync(cancellationToken);
    }
}
