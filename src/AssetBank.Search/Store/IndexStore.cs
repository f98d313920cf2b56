using System.Diagnostics;
using AssetBank.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AssetBank.Search.Store;

/// <summary>
/// The index folder as searches see it: a searcher manager on the latest commit (reader mode) or on the open writer
/// (near-real-time, writer mode), the stamp and sequence of what is searchable, and whether the files are damaged.
/// </summary>
/// <remarks>
/// Never writes, moves or deletes a file: a missing index searches as empty, a damaged one is only reported (see
/// <see cref="State"/>) and its searches throw <see cref="SearchIndexCorruptException"/> until a rebuild.
/// </remarks>
internal sealed class IndexStore : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    private readonly string _taxonomyVersion;
    private readonly SearcherFactory _searcherFactory;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _swap = new();
    private readonly IndexSearcher _empty;
    private readonly SegmentVerifier _verifier;
    private volatile SearcherManager? _searchers;
    private volatile bool _writerMode;
    private volatile IndexStamp _stamp = IndexStamp.None;
    private volatile string? _corrupt;
    private long _corruptGeneration = -1;
    private long _indexedThrough;
    private long _readerVersion = -1;
    private long _lastRefresh = Stopwatch.GetTimestamp();

    public IndexStore(string path, string taxonomyVersion, SearcherFactory searcherFactory, ILogger logger)
    {
        Path = path;
        _taxonomyVersion = taxonomyVersion;
        _searcherFactory = searcherFactory;
        _logger = logger;
        _empty = searcherFactory.NewSearcher(new MultiReader());
        _verifier = new SegmentVerifier((problem, ex) => MarkCorrupt(problem, ex));
        System.IO.Directory.CreateDirectory(path);
        Directory = FSDirectory.Open(path);
        OpenReader();
    }

    public string Path { get; }

    public LuceneDirectory Directory { get; }

    /// <summary>The stamp of the last commit searches see, or this process wrote.</summary>
    public IndexStamp Stamp => _stamp;

    public bool IsCorrupt => _corrupt is not null;

    public SearchIndexState State => _corrupt is { } problem ? SearchIndexState.Rebuild($"corrupt: {problem}") : _stamp.StateFor(_taxonomyVersion, Path);

    public long IndexedThrough => Interlocked.Read(ref _indexedThrough);

    /// <summary>Documents in the last commit; 0 when none can be read.</summary>
    public int CommittedDocuments => _searchers is null ? 0 : Read(s => s.IndexReader.NumDocs);

    /// <summary>The checksum verification of the segments last opened in reader mode (see <see cref="SegmentVerifier"/>).</summary>
    public Task Verification => _verifier.Verification;

    /// <summary>Runs <paramref name="read"/> on the current searcher; damage it runs into is confirmed, recorded and thrown.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        ThrowIfCorrupt();
        var manager = _searchers;
        if (manager is null)
        {
            return read(_empty);
        }

        IndexSearcher searcher;
        try
        {
            searcher = manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            // Swapped between writer and reader mode after it was read: once more with the new one.
            manager = _searchers;
            if (manager is null)
            {
                return read(_empty);
            }

            searcher = manager.Acquire();
        }

        try
        {
            return read(searcher);
        }
        catch (Exception ex) when (IndexCorruption.MayBe(ex) && IndexCorruption.Confirm(searcher, ex) is { } problem)
        {
            MarkCorrupt(problem, ex);
            throw CorruptException(ex);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>In reader mode, sees a newer commit (of another process); <paramref name="force"/> false: at most once a second.</summary>
    public void Refresh(bool force)
    {
        if (_writerMode || (!force && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRefresh)) < RefreshEvery))
        {
            return;
        }

        Interlocked.Exchange(ref _lastRefresh, Stopwatch.GetTimestamp());
        lock (_swap)
        {
            if (_writerMode)
            {
                return;
            }

            if (_searchers is not { } manager || (_corrupt is not null && LastGeneration() != Interlocked.Read(ref _corruptGeneration)))
            {
                // Nothing was readable, or what was is damaged and a newer commit exists (another process rebuilt it).
                OpenReaderLocked();
                return;
            }

            try
            {
                manager.MaybeRefreshBlocking();
                ReadStampLocked(manager);
                _verifier.VerifyInBackground(manager);
            }
            catch (Exception ex) when (IndexCorruption.MayBe(ex))
            {
                MarkCorrupt(IndexCorruption.Describe(ex), ex);
            }
        }
    }

    /// <summary>Searches go to <paramref name="writer"/>'s near-real-time readers from now on; its last commit gives the stamp.</summary>
    public void UseWriter(IndexWriter writer, IndexStamp committed)
    {
        var manager = new SearcherManager(writer, applyAllDeletes: true, _searcherFactory);
        SearcherManager? old;
        lock (_swap)
        {
            old = _searchers;
            _searchers = manager;
            _writerMode = true;
            _stamp = committed;
            AdvanceIndexedThrough(committed.Sequence);
        }

        old?.Dispose();
    }

    /// <summary>After the writer closed: searches go to the last commit again.</summary>
    public void UseReader()
    {
        lock (_swap)
        {
            _searchers?.Dispose();
            _searchers = null;
            _writerMode = false;
            OpenReaderLocked();
        }
    }

    /// <summary>Writer mode: makes what the writer holds searchable.</summary>
    public void RefreshWriter() => _searchers?.MaybeRefreshBlocking();

    public void AdvanceIndexedThrough(long sequence)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _indexedThrough);
        }
        while (sequence > current && Interlocked.CompareExchange(ref _indexedThrough, sequence, current) != current);
    }

    /// <summary>A commit by this process: its stamp is what a reopen will find.</summary>
    public void Committed(IndexStamp stamp) => _stamp = stamp;

    /// <summary>A rebuild committed: the index is whole and current again.</summary>
    public void Rebuilt(IndexStamp stamp)
    {
        _stamp = stamp;
        _corrupt = null;
        Interlocked.Exchange(ref _indexedThrough, stamp.Sequence);
    }

    public void MarkCorrupt(string problem, Exception ex)
    {
        if (_corrupt is null)
        {
            SearchLog.Corrupt(_logger, ex, Path, problem);
        }

        Interlocked.Exchange(ref _corruptGeneration, LastGeneration());
        _corrupt = problem;
    }

    public void ThrowIfCorrupt()
    {
        if (_corrupt is { } problem)
        {
            throw new SearchIndexCorruptException(Path, $"is corrupt ({problem}); rebuild it from the catalog");
        }
    }

    public SearchIndexCorruptException CorruptException(Exception inner) =>
        new(Path, $"is corrupt ({_corrupt ?? IndexCorruption.Describe(inner)}); rebuild it from the catalog", inner);

    /// <summary>Stops searching the files (before a rebuild moves damaged ones aside).</summary>
    public void CloseSearchers()
    {
        lock (_swap)
        {
            _searchers?.Dispose();
            _searchers = null;
        }
    }

    public void Dispose()
    {
        lock (_swap)
        {
            _searchers?.Dispose();
            _searchers = null;
        }

        _empty.IndexReader.Dispose();
        Directory.Dispose();
    }

    private void OpenReader()
    {
        lock (_swap)
        {
            OpenReaderLocked();
        }
    }

    private void OpenReaderLocked()
    {
        _searchers?.Dispose();
        _searchers = null;
        _readerVersion = -1;
        if (!DirectoryReader.IndexExists(Directory))
        {
            _stamp = IndexStamp.None;
            return;
        }

        try
        {
            var manager = new SearcherManager(Directory, _searcherFactory);
            ReadStampLocked(manager);
            _searchers = manager;
            _verifier.VerifyInBackground(manager);
            if (_corrupt is not null && LastGeneration() != Interlocked.Read(ref _corruptGeneration))
            {
                // A newer commit than the damaged one: searches check it again.
                _corrupt = null;
            }
        }
        catch (Exception ex) when (IndexCorruption.MayBe(ex))
        {
            MarkCorrupt(IndexCorruption.Describe(ex), ex);
        }
    }

    private void ReadStampLocked(SearcherManager manager)
    {
        var searcher = manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            if (reader.Version == _readerVersion)
            {
                return;
            }

            _readerVersion = reader.Version;
            _stamp = IndexStamp.From(reader.IndexCommit.UserData);
            Interlocked.Exchange(ref _indexedThrough, _stamp.Sequence);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private long LastGeneration()
    {
        try
        {
            return SegmentInfos.GetLastCommitGeneration(Directory);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
