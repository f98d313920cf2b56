using System.Diagnostics;
using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;

namespace AssetBank.Application.Tests;

/// <summary>Objects that kill the process, fill the disk or are not content at all: each is one clear outcome, never a hang.</summary>
public sealed class HostileIngestionTests : IDisposable
{
    private readonly PipelineHarness _h = new();

    [Fact]
    public async Task An_object_that_stopped_the_process_three_times_is_recorded_as_failed_with_its_last_stage()
    {
        await _h.PutAsync("poison/bomb.txt", "每次都让进程崩溃的文件");
        await _h.PutAsync("poison/good.txt", "正常的文案");
        await _h.Catalog.Ledger.RecordDiscoveredAsync([(await _h.Store.StatAsync("poison/bomb.txt", CancellationToken.None))!], DateTimeOffset.UtcNow, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            // What a process killed while extracting leaves behind: an attempt that never reached an outcome.
            await _h.Catalog.Ledger.RecordAttemptAsync("poison/bomb.txt", "copy", newAttempt: true, 300L << 20, CancellationToken.None);
            await _h.Catalog.Ledger.RecordAttemptAsync("poison/bomb.txt", "extract", newAttempt: false, 900L << 20, CancellationToken.None);
        }

        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("poison/bomb.txt", failure.Key);
        Assert.Contains("stopped 3 times", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("last stage: extract", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("peak memory 900 MB", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Processed);
        Assert.Equal(AssetStatus.Failed, (await _h.Catalog.Reader.FindByKeyAsync("poison/bomb.txt", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_run_cancelled_on_purpose_does_not_count_as_an_attempt()
    {
        await _h.PutAsync("c/a.txt", "文案");
        for (var i = 0; i < 4; i++)
        {
            using var cts = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _h.Pipeline(null, new CancelOnFirstCall(cts)).RunAsync(IngestionRequest.Everything, null, cts.Token));
        }

        var version = await _h.Catalog.Ledger.GetVersionAsync("c/a.txt", CancellationToken.None);
        Assert.Equal(0, version!.Attempts);
        var report = await _h.Pipeline().RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        Assert.Equal(1, report.Processed);
    }

    [Fact]
    public async Task A_full_disk_ends_the_run_with_a_message_naming_the_folder_instead_of_hanging()
    {
        for (var i = 0; i < 40; i++)
        {
            await _h.PutAsync($"d/{i:D2}.txt", $"文案 {i}");
        }

        var store = new InstrumentedStore(_h.Store)
        {
            ReadFailure = key => key == "d/05.txt" ? new IOException("No space left on device", 28) : null,
        };
        var pipeline = _h.Pipeline(store, new IngestionOptions { MaxConcurrency = 1, WorkDirectory = Path.Combine(_h.Folder, "work") }, []);

        var run = pipeline.RunAsync(IngestionRequest.Everything, null, CancellationToken.None);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.Same(run, finished);
        var error = await Assert.ThrowsAsync<StorageFullException>(() => run);
        Assert.Contains(Path.Combine(_h.Folder, "work"), error.Message, StringComparison.Ordinal);
        var summary = await _h.Catalog.Reader.GetSummaryAsync(CancellationToken.None);
        Assert.Equal(0, summary.Failed);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_h.Folder, "work"), "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_real_full_work_folder_is_reported_as_a_full_disk()
    {
        var work = Path.Combine(_h.Folder, "tiny");
        Directory.CreateDirectory(work);
        Assert.True(Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", work) == 0, "the test needs root to mount a 256 KB tmpfs");
        try
        {
            var big = new byte[2 << 20];
            new Random(1).NextBytes(big);
            "RIFF"u8.CopyTo(big);
            await _h.PutAsync("big/noise.bin", big);
            await _h.PutAsync("big/small.txt", "小文件");

            var run = _h.Pipeline(new IngestionOptions { MaxConcurrency = 1, WorkDirectory = work }).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

            var error = await Assert.ThrowsAsync<StorageFullException>(() => run);
            Assert.Contains(work, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Run("umount", "-l", work);
        }
    }

    [Fact]
    public async Task A_blank_sparse_object_is_refused_from_its_first_bytes_without_being_copied()
    {
        var path = Path.Combine(_h.Folder, "store", "blank", "zeros.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(64L << 20);
        }

        var store = new InstrumentedStore(_h.Store);
        var report = await _h.Pipeline(store, null, []).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("blank/zeros.mp4", failure.Key);
        Assert.Contains("all zero", failure.Reason, StringComparison.Ordinal);
        Assert.True(store.BytesRead <= 64 * 1024, $"read {store.BytesRead:N0} bytes of a 64 MB blank file");
    }

    [Fact]
    public async Task A_sparse_object_over_the_size_limit_is_refused_from_the_listing_without_reading_a_byte()
    {
        var path = Path.Combine(_h.Folder, "store", "huge", "sparse.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(5L << 30);
        }

        var store = new InstrumentedStore(_h.Store);
        var report = await _h.Pipeline(store, null, []).RunAsync(IngestionRequest.Everything, null, CancellationToken.None);

        var failure = Assert.Single(report.Failures);
        Assert.Contains("over the limit", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(0, store.BytesRead);
    }

    public void Dispose() => _h.Dispose();

    private static int Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    private sealed class CancelOnFirstCall(CancellationTokenSource cts) : Core.Ingestion.IIngestionStage
    {
        public string Name => "cancel";

        public int Order => Core.Ingestion.StageOrder.Tag;

        public async Task<Core.Ingestion.IngestionWorkItem> ProcessAsync(Core.Ingestion.IngestionWorkItem item, CancellationToken cancellationToken)
        {
            await cts.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return item;
        }
    }
}
