using System.Diagnostics;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Tests;

public sealed class DataFolderWriterLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-lock-").FullName;

    [Fact]
    public async Task A_second_writer_waits_then_gives_up_naming_the_holder()
    {
        using var first = Lock("assetbank-api", TimeSpan.FromSeconds(5));
        using var second = Lock("assetbank ingest", TimeSpan.FromMilliseconds(600));
        var told = new List<string>();

        await using (await first.AcquireAsync("ingest", null, CancellationToken.None))
        {
            var error = await Assert.ThrowsAsync<DataFolderBusyException>(() => second.AcquireAsync("ingest", new ListProgress(told), CancellationToken.None));

            Assert.Contains($"进程 {Environment.ProcessId} (assetbank-api ingest", error.Message, StringComparison.Ordinal);
            Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
            Assert.Single(told);
            Assert.Null(await second.TryAcquireAsync("search catch-up", CancellationToken.None));
        }

        await using var taken = await second.AcquireAsync("ingest", null, CancellationToken.None);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task A_waiting_writer_proceeds_as_soon_as_the_holder_finishes()
    {
        using var first = Lock("a", TimeSpan.FromSeconds(30));
        using var second = Lock("b", TimeSpan.FromSeconds(30));
        var session = await first.AcquireAsync("ingest", null, CancellationToken.None);

        var waiting = second.AcquireAsync("ingest", null, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await session.DisposeAsync();

        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task Ending_a_session_commits_and_closes_the_index_writer()
    {
        var index = new FakeSearchIndex();
        using var writerLock = new DataFolderWriterLock(Options.Create(new WriterLockOptions { LockPath = Path.Combine(_folder, "writer.lock") }), index, NullLogger<DataFolderWriterLock>.Instance);

        await (await writerLock.AcquireAsync("reindex", null, CancellationToken.None)).DisposeAsync();

        Assert.Equal(1, index.Releases);
    }

    [Fact]
    public async Task A_holder_killed_with_sigkill_leaves_no_stale_lock()
    {
        var lockPath = Path.Combine(_folder, "writer.lock");
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", lockPath, "sleep", "60"]))!;
        using var writerLock = Lock("assetbank ingest", TimeSpan.FromMilliseconds(300));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await writerLock.TryAcquireAsync("probe", CancellationToken.None) is { } early)
        {
            // flock has not taken it yet.
            await early.DisposeAsync();
            Assert.True(DateTime.UtcNow < deadline, "flock never took the lock");
            await Task.Delay(50);
        }

        await Assert.ThrowsAsync<DataFolderBusyException>(() => writerLock.AcquireAsync("ingest", null, CancellationToken.None));
        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();

        await using var taken = await writerLock.AcquireAsync("ingest", null, CancellationToken.None);
        Assert.NotNull(taken);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DataFolderWriterLock Lock(string label, TimeSpan wait) => new(
        Options.Create(new WriterLockOptions { LockPath = Path.Combine(_folder, "writer.lock"), WriterWait = wait, ProcessLabel = label }),
        new FakeSearchIndex(),
        NullLogger<DataFolderWriterLock>.Instance);

    private sealed class ListProgress(List<string> told) : IProgress<string>
    {
        public void Report(string value) => told.Add(value);
    }
}
