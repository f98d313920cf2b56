using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Writing;

/// <summary>
/// One writer per data folder, across processes: an exclusive lock on a file beside the catalog (an advisory
/// <c>flock</c> on Linux, which the kernel drops when the process dies, even by <c>kill -9</c>), plus an in-process gate.
/// Readers never take it: searches always work.
/// </summary>
/// <remarks>
/// A write session also owns the search index's writer: when the session ends the index commits and closes its writer,
/// so the next process to take the lock can open it.
/// </remarks>
public sealed partial class DataFolderWriterLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly WriterLockOptions _options;
    private readonly ISearchIndex _index;
    private readonly ILogger<DataFolderWriterLock> _logger;

    public DataFolderWriterLock(IOptions<WriterLockOptions> options, ISearchIndex index, ILogger<DataFolderWriterLock> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _index = index;
        _logger = logger;
        LockPath = Path.GetFullPath(_options.LockPath);
    }

    public string LockPath { get; }

    public string Folder => Path.GetDirectoryName(LockPath) ?? LockPath;

    private string OwnerPath => LockPath + ".owner";

    /// <summary>Takes the lock, waiting up to <see cref="WriterLockOptions.WriterWait"/> for another writer to finish.</summary>
    /// <param name="purpose">What the session does, for the owner note (<c>ingest</c>).</param>
    /// <param name="waiting">Told once, with the holder's description, when the lock is busy and the call starts waiting.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="DataFolderBusyException">The lock stayed busy for the whole wait.</exception>
    public async Task<WriterSession> AcquireAsync(string purpose, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        if (!await _gate.WaitAsync(_options.WriterWait, cancellationToken))
        {
            throw new DataFolderBusyException(Folder, $"本进程的另一项写操作 (another write in this process)", clock.Elapsed);
        }

        try
        {
            while (true)
            {
                if (TryOpen(purpose) is { } stream)
                {
                    return new WriterSession(this, stream);
                }

                if (clock.Elapsed >= _options.WriterWait)
                {
                    throw new DataFolderBusyException(Folder, DescribeHolder(), clock.Elapsed);
                }

                if (!told)
                {
                    told = true;
                    waiting?.Report(DescribeHolder());
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>Takes the lock only if nobody holds it (for catch-up work a reader can do in passing); null otherwise.</summary>
    public async Task<WriterSession?> TryAcquireAsync(string purpose, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        var stream = TryOpen(purpose);
        if (stream is null)
        {
            _gate.Release();
            return null;
        }

        return new WriterSession(this, stream);
    }

    /// <summary>Who holds the lock, from its owner note: <c>进程 1234 (assetbank ingest，自 …)</c>.</summary>
    public string DescribeHolder()
    {
        try
        {
            var note = File.ReadAllText(OwnerPath).Trim();
            return note.Length > 0 ? note : "另一进程 (another process)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "另一进程 (another process)";
        }
    }

    public void Dispose() => _gate.Dispose();

    internal async Task ReleaseAsync(FileStream stream)
    {
        try
        {
            await _index.ReleaseWriterAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or AssetBankException or ObjectDisposedException)
        {
            // The catalog is the source of truth: an index that could not commit catches up at the next write.
            LogIndexReleaseFailed(_logger, e, LockPath);
        }
        finally
        {
            try
            {
                File.WriteAllText(OwnerPath, string.Empty);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The note is informative only.
            }

            await stream.DisposeAsync();
            _gate.Release();
        }
    }

    private FileStream? TryOpen(string purpose)
    {
        Directory.CreateDirectory(Folder);
        FileStream stream;
        try
        {
            stream = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CatalogException(Folder, $"the data folder is read-only or not writable by this user ({e.Message}); writes need write access", e);
        }
        catch (IOException e) when (IsReadOnlyFileSystem(e))
        {
            throw new CatalogException(Folder, $"the data folder is on a read-only file system ({e.Message}); writes need write access", e);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            File.WriteAllText(OwnerPath, string.Create(CultureInfo.InvariantCulture, $"进程 {Environment.ProcessId} ({_options.ProcessLabel} {purpose}，自 {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogOwnerNoteFailed(_logger, e, OwnerPath);
        }

        return stream;
    }

    private static bool IsReadOnlyFileSystem(IOException e) => (e.HResult & 0xFFFF) == 30 || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not commit when the writer lock {LockPath} was released; it catches up at the next write")]
    private static partial void LogIndexReleaseFailed(ILogger logger, Exception exception, string lockPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the writer lock's owner note {OwnerPath}")]
    private static partial void LogOwnerNoteFailed(ILogger logger, Exception exception, string ownerPath);
}
