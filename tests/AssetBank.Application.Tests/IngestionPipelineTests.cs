using System.Security.Cryptography;
using System.Text;
using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Ingestion;

namespace AssetBank.Application.Tests;

public sealed class IngestionPipelineTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private readonly PipelineHarness _h = new();

    [Fact]
    public async Task Ingests_new_objects_with_hash_kind_and_metadata()
    {
        await _h.PutAsync("tvc/夜醒.txt", "凌晨三点，宝宝又醒了。", new Dictionary<string, string> { ["client"] = "贝贝乳业", ["channel"] = "TVC", ["ai-generated"] = "true" });
        await _h.PutAsync("img/poster.png", Png);

        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var copy = await _h.Catalog.Reader.FindByKeyAsync("tvc/夜醒.txt", CancellationToken.None);

        Assert.Equal(2, report.Processed);
        Assert.Equal(0, report.Failed);
        Assert.NotNull(copy);
        Assert.Equal(AssetStatus.Processed, copy.Status);
        Assert.Equal(AssetKind.Copy, copy.Kind);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("凌晨三点，宝宝又醒了。"))), copy.ContentSha256);
        Assert.Equal("贝贝乳业", copy.Metadata.Client);
        Assert.Equal("TVC", copy.Metadata.Channel);
        Assert.True(copy.Metadata.AiGenerated);
        Assert.Equal(1, report.ProcessedByKind[AssetKind.Image]);
    }

    [Fact]
    public async Task The_report_says_how_long_each_stage_took_for_each_kind_in_pipeline_order()
    {
        await _h.PutAsync("copy/a.txt", "一");
        await _h.PutAsync("copy/b.txt", "二");
        await _h.PutAsync("img/poster.png", Png);

        var report = await _h.Pipeline(null, new SlowForCopyStage(TimeSpan.FromMilliseconds(40))).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var copy = report.StageTimes.Where(t => t.Kind == AssetKind.Copy).OrderBy(t => t.Position).ToList();
        Assert.Equal("copy", copy[0].Stage);
        Assert.Equal("commit", copy[^1].Stage);
        Assert.Contains(copy, t => t.Stage == "slow");
        Assert.All(copy, t => Assert.Equal(2, t.Items));
        Assert.True(copy.Single(t => t.Stage == "slow").Total >= TimeSpan.FromMilliseconds(80));
        Assert.Equal(1, report.StageTimes.Single(t => t.Kind == AssetKind.Image && t.Stage == "slow").Items);
    }

    [Fact]
    public async Task A_second_run_does_no_work_when_nothing_changed()
    {
        await _h.PutAsync("a.txt", "一");
        await _h.PutAsync("b.txt", "二");
        var counting = new CountingStage();
        await _h.Pipeline(null, counting).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var second = await _h.Pipeline(null, counting).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(0, second.Processed);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(2, counting.Calls);
    }

    [Fact]
    public async Task Changed_objects_are_processed_again_and_deleted_ones_marked()
    {
        await _h.PutAsync("a.txt", "旧文案");
        await _h.PutAsync("b.txt", "保留");
        await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var before = await _h.Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);

        await _h.PutAsync("a.txt", "新文案，内容变了");
        await _h.Store.DeleteAsync("b.txt", CancellationToken.None);
        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var after = await _h.Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        var deleted = await _h.Catalog.Reader.FindByKeyAsync("b.txt", CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Equal(1, report.Deleted);
        Assert.Equal(before!.Id, after!.Id);
        Assert.NotEqual(before.ContentSha256, after.ContentSha256);
        Assert.Equal(AssetStatus.Deleted, deleted!.Status);
    }

    [Fact]
    public async Task Bad_objects_fail_with_a_named_reason_and_the_run_goes_on()
    {
        var junk = new byte[512];
        new Random(3).NextBytes(junk);
        junk[0] = 0x02;
        await _h.PutAsync("bad/junk.jpg", junk);
        await _h.PutAsync("bad/empty.txt", []);
        await _h.PutAsync("good.txt", "好内容");

        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var empty = await _h.Catalog.Reader.FindByKeyAsync("bad/empty.txt", CancellationToken.None);
        var unknown = await _h.Catalog.Reader.FindByKeyAsync("bad/junk.jpg", CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Equal(2, report.Failed);
        Assert.Equal(AssetStatus.Failed, empty!.Status);
        Assert.Contains("bad/empty.txt", empty.FailureReason, StringComparison.Ordinal);
        Assert.Contains("empty object", empty.FailureReason, StringComparison.Ordinal);
        Assert.Contains("unsupported content", unknown!.FailureReason, StringComparison.Ordinal);
        Assert.Equal(2, report.Failures.Count);
    }

    [Fact]
    public async Task Failed_objects_are_not_retried_until_they_change_or_are_asked_for()
    {
        await _h.PutAsync("e.txt", []);
        await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var again = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var retried = await _h.Pipeline().RunAsync(new IngestionRequest(RetryFailed: true), null, CancellationToken.None);
        await _h.PutAsync("e.txt", "现在有内容了");
        var fixedRun = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(0, again.Failed + again.Processed);
        Assert.Equal(1, retried.Failed);
        Assert.Equal(1, fixedRun.Processed);
        Assert.Equal(AssetStatus.Processed, (await _h.Catalog.Reader.FindByKeyAsync("e.txt", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Objects_over_the_size_limit_are_refused_without_being_read()
    {
        await _h.PutAsync("big.txt", new string('字', 400));
        var options = new IngestionOptions { MaxConcurrency = 1, MaxObjectBytes = 100, WorkDirectory = Path.Combine(_h.Folder, "work") };

        var report = await _h.Pipeline(options).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var asset = await _h.Catalog.Reader.FindByKeyAsync("big.txt", CancellationToken.None);

        Assert.Equal(1, report.Failed);
        Assert.Contains("over the limit of 100 bytes", asset!.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_stage_error_fails_only_that_item()
    {
        await _h.PutAsync("a.txt", "一");
        await _h.PutAsync("boom.txt", "二");

        var report = await _h.Pipeline(null, new ThrowingStage("boom.txt")).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var failed = await _h.Catalog.Reader.FindByKeyAsync("boom.txt", CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Equal(1, report.Failed);
        Assert.Contains("InvalidOperationException", failed!.FailureReason, StringComparison.Ordinal);
        Assert.Contains("boom.txt", failed.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Objects_with_hostile_keys_written_by_other_tools_fail_with_the_key_named()
    {
        await _h.PutAsync("good.txt", "好内容");
        var root = Path.Combine(_h.Folder, "store");
        await File.WriteAllTextAsync(Path.Combine(root, "bad\nname.txt"), "placed by another tool");

        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var failure = Assert.Single(report.Failures);
        var recorded = await _h.Catalog.Reader.FindByKeyAsync("bad\nname.txt", CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Equal("bad\nname.txt", failure.Key);
        Assert.Contains("control character", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(AssetStatus.Failed, recorded!.Status);
    }

    [Fact]
    public async Task Derived_files_are_not_ingested()
    {
        await _h.PutAsync("_derived/abc/keyframe-001.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0]);
        await _h.PutAsync("a.txt", "一");

        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        Assert.Equal(1, report.Listed);
        Assert.Null(await _h.Catalog.Reader.FindByKeyAsync("_derived/abc/keyframe-001.jpg", CancellationToken.None));
    }

    [Fact]
    public async Task Explicit_keys_are_ingested_and_vanished_keys_marked_deleted()
    {
        await _h.PutAsync("a.txt", "一");
        await _h.PutAsync("b.txt", "二");
        await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        await _h.PutAsync("c.txt", "三");
        await _h.Store.DeleteAsync("a.txt", CancellationToken.None);

        var report = await _h.Pipeline().RunAsync(new IngestionRequest(Keys: ["c.txt", "a.txt", "b.txt"]), null, CancellationToken.None);

        Assert.Equal(1, report.Processed);
        Assert.Equal(1, report.Unchanged);
        Assert.Equal(1, report.Deleted);
        Assert.Equal(AssetStatus.Deleted, (await _h.Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Reports_progress_until_everything_is_done()
    {
        for (var i = 0; i < 20; i++)
        {
            await _h.PutAsync($"n/{i:D2}.txt", $"第{i}条");
        }

        var snapshots = new List<IngestionProgress>();
        var progress = new SynchronousProgress(snapshots);
        await _h.Pipeline().RunAsync(IngestionRequest.Everything, progress, CancellationToken.None);

        var last = snapshots[^1];
        Assert.True(last.ListingComplete);
        Assert.Equal(20, last.Processed);
        Assert.Equal(20, last.Queued);
        Assert.True(snapshots.Count >= 20);
    }

    [Fact]
    public async Task Cancelling_leaves_unfinished_items_pending_for_the_next_run()
    {
        for (var i = 0; i < 10; i++)
        {
            await _h.PutAsync($"c/{i}.txt", $"内容{i}");
        }

        using var cts = new CancellationTokenSource();
        var slow = new CancellingStage(cts, afterCalls: 3);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _h.Pipeline(new IngestionOptions { MaxConcurrency = 1, WorkDirectory = Path.Combine(_h.Folder, "work") }, slow)
                .RunAsync(IngestionRequest.Everything, null, cts.Token));
        var pending = await _h.Catalog.Reader.GetSummaryAsync(CancellationToken.None);

        var resumed = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var summary = await _h.Catalog.Reader.GetSummaryAsync(CancellationToken.None);

        Assert.True(pending.Pending > 0);
        Assert.Equal(10 - pending.Processed, resumed.Processed);
        Assert.Equal(10, summary.Processed);
        Assert.Equal(0, summary.Pending);
    }

    public void Dispose() => _h.Dispose();

    private sealed class CountingStage : IIngestionStage
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "count";

        public int Order => StageOrder.Extract;

        public Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(item);
        }
    }

    private sealed class SlowForCopyStage(TimeSpan delay) : IIngestionStage
    {
        public string Name => "slow";

        public int Order => StageOrder.Extract;

        public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
        {
            if (item.Asset.Kind == AssetKind.Copy)
            {
                await Task.Delay(delay, cancellationToken);
            }

            return item;
        }
    }

    private sealed class ThrowingStage(string key) : IIngestionStage
    {
        public string Name => "throw";

        public int Order => StageOrder.Extract;

        public Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken) =>
            item.Asset.Key == key ? throw new InvalidOperationException("stage bug") : Task.FromResult(item);
    }

    private sealed class CancellingStage(CancellationTokenSource cts, int afterCalls) : IIngestionStage
    {
        private int _calls;

        public string Name => "cancel";

        public int Order => StageOrder.Extract;

        public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) > afterCalls)
            {
                await cts.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return item;
        }
    }

    private sealed class SynchronousProgress(List<IngestionProgress> sink) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
