using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Search;
using AssetBank.Search.Indexing;
using AssetBank.Search.Store;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;

namespace AssetBank.Search.Writing;

/// <summary>
/// The index writer, opened on the first write and closed by <see cref="ReleaseAsync"/>, and the commit policy: every
/// <see cref="SearchOptions.CommitEveryDocuments"/> changes, every <see cref="SearchOptions.CommitInterval"/>, on release
/// and on dispose. Writes are serialised; each commit carries the stamp forward with the sequence applied so far.
/// </summary>
internal sealed class IndexWriting : IDisposable
{
    private const int ParallelThreshold = 256;

    private readonly IndexStore _store;
    private readonly SearchOptions _options;
    private readonly Analyzer _analyzer;
    private readonly Similarity _scoring;
    private readonly DocumentMapper _mapper;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Timer _timer;
    private IndexWriter? _writer;
    private long _uncommitted;
    private long _lastCommit = Stopwatch.GetTimestamp();
    private volatile bool _rebuilding;
    private int _disposed;

    public IndexWriting(IndexStore store, SearchOptions options, Analyzer analyzer, Similarity scoring, DocumentMapper mapper, ILogger logger)
    {
        _store = store;
        _options = options;
        _analyzer = analyzer;
        _scoring = scoring;
        _mapper = mapper;
        _logger = logger;
        var interval = options.CommitInterval > TimeSpan.Zero && options.CommitInterval <= LuceneSearchIndex.MaxCommitInterval ? options.CommitInterval : LuceneSearchIndex.MaxCommitInterval;
        _timer = new Timer(_ => CommitOnTimer(), null, interval, interval);
    }

    /// <summary>
    /// Deletes every document of <paramref name="deletedAssets"/>, then adds <paramref name="documents"/> (or replaces them
    /// by id), makes it searchable, records <paramref name="throughSequence"/>, and commits when the policy says so.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<long> deletedAssets, IReadOnlyList<SearchDocument> documents, bool replaceById, long throughSequence, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            cancellationToken.ThrowIfCancellationRequested();
            var writer = OpenWriter(OpenMode.CREATE_OR_APPEND);
            foreach (var assetId in deletedAssets)
            {
                writer.DeleteDocuments(AssetTerm(assetId));
            }

            if (documents.Count >= ParallelThreshold && _options.IndexingThreads > 1)
            {
                try
                {
                    Parallel.ForEach(
                        documents,
                        new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken },
                        document => Write(writer, document, replaceById));
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                }
            }
            else
            {
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Write(writer, document, replaceById);
                }
            }

            _store.RefreshWriter();
            _store.AdvanceIndexedThrough(throughSequence);

            // A sequence that moved without a change to the documents still has to reach a commit.
            var pending = Interlocked.Add(ref _uncommitted, Math.Max(1, deletedAssets.Count + documents.Count));
            if (pending >= _options.CommitEveryDocuments || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastCommit)) >= _options.CommitInterval)
            {
                Commit(writer);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits what the open writer holds; nothing to do when no writer is open.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => WithOpenWriterAsync(Commit, cancellationToken);

    /// <summary>Commits and closes the writer (freeing Lucene's write lock); searches go back to the last commit.</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken) => WithOpenWriterAsync(Release, cancellationToken);

    /// <summary>
    /// Holds the write gate for a rebuild and returns a writer emptied of every document: on a fresh index when the old
    /// one is damaged (its files moved aside first). Pending changes are committed first.
    /// </summary>
    public async Task<IndexWriter> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            _rebuilding = true;
            if (_store.IsCorrupt)
            {
                _writer?.Rollback();
                _writer = null;
                _store.CloseSearchers();
                SearchLog.Quarantined(_logger, _store.Path, IndexCorruption.Quarantine(_store.Directory, _store.Path));
                return OpenWriter(OpenMode.CREATE);
            }

            var writer = OpenWriter(OpenMode.CREATE_OR_APPEND);
            Commit(writer);
            writer.DeleteAll();
            return writer;
        }
        catch
        {
            EndRebuild();
            throw;
        }
    }

    /// <summary>Commits the rebuilt index with a fresh stamp and makes it searchable.</summary>
    public void CompleteRebuild(IndexWriter writer, IndexStamp stamp)
    {
        writer.SetCommitData(stamp.ToUserData());
        writer.Commit();
        Interlocked.Exchange(ref _uncommitted, 0);
        Volatile.Write(ref _lastCommit, Stopwatch.GetTimestamp());
        _store.Rebuilt(stamp);
        _store.RefreshWriter();
    }

    /// <summary>Drops the half-built index: back to the last commit, in reader mode.</summary>
    public void AbandonRebuild(IndexWriter writer)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        writer.Rollback();
        _writer = null;
        Interlocked.Exchange(ref _uncommitted, 0);
        _store.UseReader();
    }

    public void EndRebuild()
    {
        _rebuilding = false;
        _gate.Release();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _timer.Dispose();

        // A rebuild in progress is abandoned (its writer rolled back under it); a short write is waited for.
        var held = !_rebuilding && _gate.Wait(TimeSpan.FromSeconds(30));
        var writer = _writer;
        _writer = null;
        if (writer is not null && held)
        {
            try
            {
                Commit(writer);
            }
            catch (IOException ex)
            {
                SearchLog.CommitFailed(_logger, ex, _store.Path);
            }

            writer.Dispose();
        }
        else
        {
            writer?.Rollback();
        }

        if (held)
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private async Task WithOpenWriterAsync(Action<IndexWriter> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writer is { } writer)
            {
                action(writer);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Release(IndexWriter writer)
    {
        Commit(writer);
        writer.Dispose();
        _writer = null;
        _store.UseReader();
        SearchLog.WriterReleased(_logger, _store.Path);
    }

    private static Term AssetTerm(long assetId) => new(SearchFields.Asset, assetId.ToString(CultureInfo.InvariantCulture));

    private void Write(IndexWriter writer, SearchDocument document, bool replaceById)
    {
        if (replaceById)
        {
            writer.UpdateDocument(new Term(SearchFields.Id, document.Id), _mapper.ToDocument(document));
        }
        else
        {
            writer.AddDocument(_mapper.ToDocument(document));
        }
    }

    private IndexWriter OpenWriter(OpenMode mode)
    {
        if (_writer is { } open)
        {
            return open;
        }

        if (mode != OpenMode.CREATE)
        {
            _store.ThrowIfCorrupt();
        }

        var writer = IndexWriters.Open(_store, _options, _analyzer, _scoring, mode);

        // Another process may have committed since this one last read the index: carry its stamp forward.
        _store.UseWriter(writer, mode == OpenMode.CREATE ? IndexStamp.None : IndexStamp.From(writer.CommitData));
        _writer = writer;
        Interlocked.Exchange(ref _uncommitted, 0);
        Volatile.Write(ref _lastCommit, Stopwatch.GetTimestamp());
        return writer;
    }

    private void Commit(IndexWriter writer)
    {
        var stamp = _store.Stamp.WithSequence(_store.IndexedThrough);
        writer.SetCommitData(stamp.ToUserData());
        writer.Commit();
        _store.Committed(stamp);
        Interlocked.Exchange(ref _uncommitted, 0);
        Volatile.Write(ref _lastCommit, Stopwatch.GetTimestamp());
    }

    private bool TryEnter()
    {
        try
        {
            return _gate.Wait(0);
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    private void CommitOnTimer()
    {
        if (Volatile.Read(ref _disposed) != 0 || Interlocked.Read(ref _uncommitted) == 0 || !TryEnter())
        {
            return;
        }

        try
        {
            if (_writer is { } writer && !_rebuilding)
            {
                Commit(writer);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            SearchLog.CommitFailed(_logger, ex, _store.Path);
        }
        finally
        {
            _gate.Release();
        }
    }
}
