using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using AssetBank.Analysis.Chinese;
using AssetBank.Core.Assets;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Collecting;
using AssetBank.Search.Indexing;
using AssetBank.Search.Querying;
using AssetBank.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AssetBank.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on a Lucene index in a folder (<see cref="SearchOptions.IndexPath"/>): one
/// <see cref="IndexWriter"/>, a <see cref="SearcherManager"/> refreshed after every write (near-real-time), commits
/// batched by count and time, the Chinese analyzer in index mode for documents and query mode for queries.
/// </summary>
/// <remarks>
/// <para>Opening never fails on a bad index: a missing index is created empty, an unreadable one is moved aside to
/// <c>{IndexPath}.corrupt-{time}</c> and replaced by an empty one, and an index written with another schema is emptied;
/// in each case <see cref="State"/> says the caller should rebuild from the catalog. Only a lock held by another
/// process is an error (<see cref="SearchIndexException"/>).</para>
/// <para>One instance per index folder and process: it owns the folder's write lock. Thread-safe; searches and writes run
/// concurrently and searches never wait for writes.</para>
/// <para>The work is CPU-bound and runs on the calling thread; the tasks returned are already complete.</para>
/// </remarks>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const int ParallelThreshold = 256;
    private const int ProgressEvery = 1000;

    /// <summary>Longest accepted <see cref="SearchOptions.CommitInterval"/>.</summary>
    internal static readonly TimeSpan MaxCommitInterval = TimeSpan.FromDays(1);

    private readonly SearchOptions _options;
    private readonly Taxonomy _taxonomy;
    private readonly ILogger _logger;
    private readonly string _path;
    private readonly SearchAnalyzers _analyzers;
    private readonly SearchSimilarity _similarity = new();
    private readonly DocumentMapper _mapper;
    private readonly QueryInterpreter _interpreter;
    private readonly LuceneQueryBuilder _builder;
    private readonly SnippetBuilder _snippets;
    private readonly OrdinalCache _ordinals = new();
    private readonly ReaderWriterLockSlim _writerLock = new(LockRecursionPolicy.SupportsRecursion);
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);
    private readonly System.Threading.Lock _commitGate = new();
    private readonly Timer _commitTimer;
    private LuceneDirectory _directory;
    private volatile IndexHandle _handle;
    private volatile SearchIndexState _state;
    private volatile bool _rebuilding;
    private long _uncommitted;
    private long _lastCommit = Stopwatch.GetTimestamp();
    private int _disposed;

    /// <summary>Opens (or creates, or recovers) the index; see the remarks on the class for what happens to a bad index.</summary>
    /// <param name="options">Index folder and tuning.</param>
    /// <param name="taxonomy">Resolves query parts and broader terms; its labels and synonyms are added to the analyzer dictionary.</param>
    /// <param name="logger">Optional logger.</param>
    /// <param name="dictionary">The analyzer dictionary; <see cref="ChineseDictionary.Default"/> when null.</param>
    public LuceneSearchIndex(SearchOptions options, Taxonomy taxonomy, ILogger<LuceneSearchIndex>? logger = null, ChineseDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IndexPath);
        _options = options;
        _taxonomy = taxonomy;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _path = Path.GetFullPath(options.IndexPath);

        dictionary ??= ChineseDictionary.Default;
        AddTaxonomyWords(dictionary, taxonomy);
        if (!string.IsNullOrWhiteSpace(options.UserDictionaryPath))
        {
            dictionary.LoadUserDictionary(options.UserDictionaryPath);
        }

        _analyzers = new SearchAnalyzers(dictionary);
        _mapper = new DocumentMapper(taxonomy);
        _interpreter = new QueryInterpreter(
            taxonomy,
            new AnalyzerTextSegmenter(_analyzers.Query, SearchFields.Text),
            options.DateFilterUtcOffset,
            options.MaxQueryLength);
        _builder = new LuceneQueryBuilder(_analyzers, taxonomy, options);
        _snippets = new SnippetBuilder(_analyzers.Index, options.SnippetLength);

        (_directory, _state, var empty) = OpenDirectory();
        try
        {
            _handle = OpenHandle(create: empty);
        }
        catch
        {
            _directory.Dispose();
            _analyzers.Dispose();
            throw;
        }

        if (_state.NeedsRebuild)
        {
            SearchLog.NeedsRebuild(_logger, _path, _state.Reason ?? "unknown");
        }

        SearchLog.Opened(_logger, _path, _handle.Writer.NumDocs);
        var interval = options.CommitInterval > TimeSpan.Zero && options.CommitInterval <= MaxCommitInterval ? options.CommitInterval : MaxCommitInterval;
        _commitTimer = new Timer(_ => CommitOnTimer(), null, interval, interval);
    }

    public SearchIndexState State => _state;

    /// <summary>The per-segment facet records, for tests.</summary>
    internal OrdinalCache Ordinals => _ordinals;

    /// <summary>The index folder, absolute.</summary>
    public string IndexPath => _path;

    /// <summary>How the index reads <paramref name="text"/>, without searching (for <c>assetbank search --explain</c> and the UI).</summary>
    public QueryInterpretation Interpret(string? text) => _interpreter.Interpret(text);

    public Task IndexAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var batch = documents.ToList();
        foreach (var document in batch)
        {
            Validate(document);
        }

        if (batch.Count == 0)
        {
            return Task.CompletedTask;
        }

        _writerLock.EnterReadLock();
        try
        {
            var writer = _handle.Writer;
            if (batch.Count >= ParallelThreshold && _options.IndexingThreads > 1)
            {
                try
                {
                    Parallel.ForEach(
                        batch,
                        new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken },
                        document => writer.UpdateDocument(IdTerm(document.Id), _mapper.ToDocument(document)));
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                }
            }
            else
            {
                foreach (var document in batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.UpdateDocument(IdTerm(document.Id), _mapper.ToDocument(document));
                }
            }
        }
        finally
        {
            _writerLock.ExitReadLock();
            AfterWrite(batch.Count);
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteByAssetAsync(long assetId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var term = new Term(SearchFields.Asset, assetId.ToString(CultureInfo.InvariantCulture));
        int removed;
        _writerLock.EnterReadLock();
        try
        {
            var handle = _handle;
            var searcher = handle.Searchers.Acquire();
            try
            {
                removed = searcher.Search(new TermQuery(term), 1).TotalHits;
            }
            finally
            {
                handle.Searchers.Release(searcher);
            }

            handle.Writer.DeleteDocuments(term);
        }
        finally
        {
            _writerLock.ExitReadLock();
        }

        AfterWrite(Math.Max(removed, 1));
        return Task.FromResult(removed);
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(Search(query));
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 0)
        {
            // The searcher manager was swapped by a rebuild rollback between reading the handle and acquiring: once more.
            return Task.FromResult(Search(query));
        }
    }

    public Task<long> RebuildAsync(IAsyncEnumerable<SearchDocument> source, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfDisposed();
        return RebuildCoreAsync(source, progress, cancellationToken);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var handle = _handle;
        var searcher = handle.Searchers.Acquire();
        try
        {
            return Task.FromResult((long)searcher.IndexReader.NumDocs);
        }
        finally
        {
            handle.Searchers.Release(searcher);
        }
    }

    /// <summary>Commits now; skipped while a rebuild runs (the rebuild commits when it completes).</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        if (!_rebuilding)
        {
            Commit();
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _commitTimer.Dispose();
        _writerLock.EnterWriteLock();
        try
        {
            var handle = _handle;
            try
            {
                if (!_rebuilding)
                {
                    handle.Writer.SetCommitData(CommitData());
                    handle.Writer.Commit();
                }
            }
            catch (IOException ex)
            {
                SearchLog.CommitFailed(_logger, ex, _path);
            }

            handle.Searchers.Dispose();
            if (_rebuilding)
            {
                handle.Writer.Rollback();
            }
            else
            {
                handle.Writer.Dispose();
            }

            _directory.Dispose();
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        _analyzers.Dispose();
        _rebuildGate.Dispose();
        _writerLock.Dispose();
    }

    private SearchResults Search(SearchQuery query)
    {
        var started = Stopwatch.GetTimestamp();
        var interpretation = _interpreter.Interpret(query.Text);
        if (query.Dimensions.Count > 0)
        {
            interpretation = _interpreter.WithDimensionFilters(interpretation, query.Dimensions);
        }

        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, _options.MaxPageSize);
        var start = (long)(page - 1) * size;
        if (start + size > _options.MaxResultWindow)
        {
            interpretation = interpretation with
            {
                Notes = [.. interpretation.Notes, new QueryNote("page-limit", string.Create(CultureInfo.InvariantCulture, $"只能翻到第 {_options.MaxResultWindow} 条结果：请加筛选条件缩小范围。"))],
            };
        }

        var handle = _handle;
        var searcher = handle.Searchers.Acquire();
        try
        {
            var built = _builder.Build(interpretation, query, _options.MinimumShouldMatch);
            var run = Run(searcher, built, query, start, size);
            if (run.Total < _options.RelaxBelow && built.OptionalParts > 1)
            {
                var relaxed = _builder.Build(interpretation, query, _options.RelaxedMinimumShouldMatch);
                if (relaxed.RequiredOptionalParts < built.RequiredOptionalParts)
                {
                    var broader = Run(searcher, relaxed, query, start, size);
                    if (broader.Total > run.Total)
                    {
                        (built, run) = (relaxed, broader);
                        interpretation = interpretation with
                        {
                            Notes = [.. interpretation.Notes, new QueryNote("relaxed", string.Create(CultureInfo.InvariantCulture, $"完全符合的结果不多：也列出了符合其中 {relaxed.RequiredOptionalParts} 个条件（共 {relaxed.OptionalParts} 个）的内容。"))],
                        };
                    }
                }
            }

            var resolved = interpretation.ResolvedTerms;
            var hits = run.Page.Select(d => Hit(searcher, d.Doc, d.Score, resolved, built, query.IncludeSnippets)).ToList();
            return new SearchResults
            {
                TotalHits = run.Total,
                Page = page,
                PageSize = size,
                Hits = hits,
                Groups = Groups(run.Collector, searcher, resolved, built, query),
                Kinds = query.IncludeFacets ? Kinds(run.Collector) : [],
                Channels = query.IncludeFacets ? Channels(run.Collector) : [],
                Facets = query.IncludeFacets ? Facets(run.Collector, Math.Max(1, query.FacetLimit)) : [],
                Interpretation = interpretation,
                Elapsed = Stopwatch.GetElapsedTime(started),
            };
        }
        finally
        {
            handle.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Runs a query over all segments: split into slices of similar size searched in parallel when the index is large
    /// (a query's time is mostly scoring, which splits by segment), the slices' hits and counts merged after.
    /// </summary>
    private (int Total, ScoreDoc[] Page, SearchCollector Collector) Run(IndexSearcher searcher, BuiltQuery built, SearchQuery query, long start, int size)
    {
        var byDate = query.Sort == SearchSort.Date || !built.Scored;
        var window = (int)Math.Clamp(start + size, 1, _options.MaxResultWindow);
        var weight = searcher.CreateNormalizedWeight(built.Query);
        var slices = Slices(searcher.IndexReader.Leaves);
        var results = new (int Total, ScoreDoc[] Top, SearchCollector Collector)[slices.Count];
        if (slices.Count == 1)
        {
            results[0] = SearchSlice(weight, slices[0], query, byDate, window);
        }
        else
        {
            try
            {
                Parallel.For(0, slices.Count, i => results[i] = SearchSlice(weight, slices[i], query, byDate, window));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }

        var collector = results[0].Collector;
        var total = results[0].Total;
        for (var i = 1; i < results.Length; i++)
        {
            collector.Merge(results[i].Collector);
            total += results[i].Total;
        }

        IEnumerable<ScoreDoc> ranked = results.Length == 1
            ? results[0].Top
            : byDate
                ? results.SelectMany(r => r.Top).OrderByDescending(CreatedOf).ThenByDescending(d => d.Score).ThenBy(d => d.Doc)
                : results.SelectMany(r => r.Top).OrderByDescending(d => d.Score).ThenBy(d => d.Doc);
        var page = start >= window ? [] : ranked.Skip((int)start).Take(size).ToArray();
        return (total, page, collector);
    }

    private (int Total, ScoreDoc[] Top, SearchCollector Collector) SearchSlice(Weight weight, IReadOnlyList<AtomicReaderContext> leaves, SearchQuery query, bool byDate, int window)
    {
        TopScoreDocCollector? byScore = null;
        TopFieldCollector? byField = null;
        ICollector top = byDate
            ? byField = TopFieldCollector.Create(DateSort, window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : byScore = TopScoreDocCollector.Create(window, docsScoredInOrder: true);
        var collector = new SearchCollector(top, _ordinals, query.IncludeFacets, query.HitsPerGroup, byDate);
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            scorer?.Score(collector);
        }

        collector.Finish();
        var total = byScore?.TotalHits ?? byField!.TotalHits;
        var docs = (byScore?.GetTopDocs() ?? byField!.GetTopDocs()).ScoreDocs;
        return (total, docs, collector);
    }

    /// <summary>One slice when the index is small or one thread is configured; else up to that many, balanced by size.</summary>
    private List<IReadOnlyList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves)
    {
        var documents = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var count = Math.Min(_options.SearchThreads, leaves.Count);
        if (count <= 1 || documents < _options.ParallelSearchMinDocuments)
        {
            return [leaves.ToList()];
        }

        var slices = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            slices[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }

        return slices.Where(s => s.Count > 0).Select(s => (IReadOnlyList<AtomicReaderContext>)s.OrderBy(l => l.DocBase).ToList()).ToList();
    }

    /// <summary>The date a date-sorted hit was ranked by (Lucene.Net boxes it as its own numeric type, which converts).</summary>
    private static long CreatedOf(ScoreDoc doc) =>
        doc is FieldDoc { Fields: { Length: > 0 } fields } && fields[0] is IConvertible value ? value.ToInt64(CultureInfo.InvariantCulture) : long.MinValue;

    private static Sort DateSort { get; } = new(new SortField(SearchFields.CreatedSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    private SearchHit Hit(IndexSearcher searcher, int doc, float score, IReadOnlyList<ResolvedTerm> resolved, BuiltQuery built, bool snippets)
    {
        var stored = searcher.Doc(doc);
        var snippet = snippets ? _snippets.Build(stored, built.HighlightTerms, stored.GetField(SearchFields.Shot) is not null) : null;
        return _mapper.ToHit(stored, score, resolved, snippet);
    }

    private List<SearchGroup> Groups(SearchCollector collector, IndexSearcher searcher, IReadOnlyList<ResolvedTerm> resolved, BuiltQuery built, SearchQuery query)
    {
        var groups = new List<SearchGroup>();
        if (!query.IncludeFacets && query.HitsPerGroup <= 0)
        {
            return groups;
        }

        foreach (var (key, count) in collector.Groups)
        {
            var topHits = collector.GroupTopDocs.TryGetValue(key, out var docs)
                ? docs.Select(d => Hit(searcher, d.Doc, d.Score, resolved, built, query.IncludeSnippets)).ToList()
                : [];
            groups.Add(new SearchGroup(key.Kind, key.Channel, SearchGroupLabels.Label(key.Kind, key.Channel), count) { TopHits = topHits });
        }

        return groups.OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList();
    }

    private static List<FacetValue> Kinds(SearchCollector collector) => collector.Groups
        .GroupBy(p => p.Key.Kind, StringComparer.Ordinal)
        .Select(g => new FacetValue(g.Key, AssetKindNames.ToChinese(AssetKindNames.FromWire(g.Key)), g.Sum(p => p.Value)))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
        .ToList();

    private static List<FacetValue> Channels(SearchCollector collector) => collector.Groups
        .Where(p => p.Key.Channel is not null)
        .GroupBy(p => p.Key.Channel!, StringComparer.Ordinal)
        .Select(g => new FacetValue(g.Key, g.Key, g.Sum(p => p.Value)))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
        .ToList();

    private List<DimensionFacet> Facets(SearchCollector collector, int limit) => TagDimensions.All
        .Select(dimension => new DimensionFacet(
            dimension,
            collector.TermCounts(dimension)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(p => new FacetValue(p.Key, _taxonomy.FindById(p.Key)?.Label ?? p.Key, p.Value))
                .ToList()))
        .ToList();

    private async Task<long> RebuildCoreAsync(IAsyncEnumerable<SearchDocument> source, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await _rebuildGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        long indexed = 0;
        try
        {
            SearchLog.RebuildStarted(_logger, _path);
            Commit();
            _rebuilding = true;
            var writer = _handle.Writer;
            try
            {
                writer.DeleteAll();
                indexed = await FeedAsync(writer, source, progress, cancellationToken).ConfigureAwait(false);

                // Every query looks each of its terms up in every segment: a fresh index merged into a few segments
                // answers about twice as fast (1 M documents: 3 segments instead of ~20, merged in seconds).
                cancellationToken.ThrowIfCancellationRequested();
                writer.ForceMerge(_options.RebuildMaxSegments);
                _writerLock.EnterReadLock();
                try
                {
                    lock (_commitGate)
                    {
                        writer.SetCommitData(CommitData());
                        writer.Commit();
                        Interlocked.Exchange(ref _uncommitted, 0);
                        Volatile.Write(ref _lastCommit, Stopwatch.GetTimestamp());
                    }
                }
                finally
                {
                    _writerLock.ExitReadLock();
                }
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the half-built index must not be committed: back to the last commit.
                SearchLog.RebuildRolledBack(_logger, ex, indexed);
                Reopen();
                throw;
            }

            _state = SearchIndexState.Healthy;
            progress?.Report((int)Math.Min(indexed, int.MaxValue));
            SearchLog.RebuildCompleted(_logger, indexed, Stopwatch.GetElapsedTime(started));
            return indexed;
        }
        finally
        {
            _rebuilding = false;
            if (Volatile.Read(ref _disposed) == 0)
            {
                _handle.Searchers.MaybeRefreshBlocking();
            }

            _rebuildGate.Release();
        }
    }

    /// <summary>Reads the source on this task and indexes on <see cref="SearchOptions.IndexingThreads"/> workers.</summary>
    private async Task<long> FeedAsync(IndexWriter writer, IAsyncEnumerable<SearchDocument> source, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(4096) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        long indexed = 0;
        var workers = Enumerable.Range(0, Math.Max(1, _options.IndexingThreads))
            .Select(_ => Task.Run(
                async () =>
                {
                    try
                    {
                        await foreach (var document in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                        {
                            writer.UpdateDocument(IdTerm(document.Id), _mapper.ToDocument(document));
                            var count = Interlocked.Increment(ref indexed);
                            if (count % ProgressEvery == 0)
                            {
                                progress?.Report((int)Math.Min(count, int.MaxValue));
                            }
                        }
                    }
                    catch
                    {
                        await stop.CancelAsync().ConfigureAwait(false);
                        throw;
                    }
                },
                stop.Token))
            .ToList();

        try
        {
            await foreach (var document in source.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                Validate(document);
                await queue.Writer.WriteAsync(document, stop.Token).ConfigureAwait(false);
            }

            queue.Writer.Complete();
        }
        catch (Exception ex)
        {
            queue.Writer.TryComplete(ex);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers.Select(w => w.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default))).ConfigureAwait(false);
            throw;
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        return Interlocked.Read(ref indexed);
    }

    /// <summary>Drops everything uncommitted (a failed rebuild) and reopens the writer on the last commit.</summary>
    private void Reopen()
    {
        IndexHandle old;
        _writerLock.EnterWriteLock();
        try
        {
            old = _handle;
            old.Writer.Rollback();
            _handle = OpenHandle(create: false);
            Interlocked.Exchange(ref _uncommitted, 0);
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        old.Searchers.Dispose();
    }

    private (LuceneDirectory Directory, SearchIndexState State, bool Empty) OpenDirectory()
    {
        System.IO.Directory.CreateDirectory(_path);
        var directory = FSDirectory.Open(_path);
        if (!DirectoryReader.IndexExists(directory))
        {
            return (directory, SearchIndexState.Rebuild($"missing: no index in {_path}"), true);
        }

        try
        {
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(SearchFields.CommitSchemaKey, out var schema) || schema != SearchFields.SchemaVersion)
            {
                return (directory, SearchIndexState.Rebuild($"schema changed: index has {schema ?? "none"}, this version writes {SearchFields.SchemaVersion}"), true);
            }

            if (!data.TryGetValue(SearchFields.CommitTaxonomyKey, out var taxonomy) || taxonomy != _taxonomy.Version)
            {
                return (directory, SearchIndexState.Rebuild("taxonomy changed since the index was built"), false);
            }

            return (directory, SearchIndexState.Healthy, false);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            directory.Dispose();
            var quarantine = string.Create(CultureInfo.InvariantCulture, $"{_path.TrimEnd(Path.DirectorySeparatorChar)}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmssfff}");
            try
            {
                System.IO.Directory.Move(_path, quarantine);
            }
            catch (IOException moveFailed)
            {
                throw new SearchIndexException(_path, $"is unreadable ({ex.Message}) and could not be moved aside: {moveFailed.Message}", ex);
            }

            SearchLog.Quarantined(_logger, ex, _path, quarantine);
            System.IO.Directory.CreateDirectory(_path);
            return (FSDirectory.Open(_path), SearchIndexState.Rebuild($"corrupt: {ex.GetType().Name}: {ex.Message} (moved to {quarantine})"), true);
        }
    }

    private static bool IsUnreadable(Exception ex) =>
        ex is IOException and not LockObtainFailedException
        || ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException or FormatException or InvalidCastException;

    private IndexHandle OpenHandle(bool create)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.Index)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = _options.RamBufferSizeMB,
            Similarity = _similarity,

            // Fewer segments than Lucene's default of 10 per tier: query time grows with the segment count (one term
            // lookup per segment per query term), and near-real-time ingestion flushes a small segment per batch.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = _options.SegmentsPerTier, MaxMergeAtOnce = _options.SegmentsPerTier },
        };
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new SearchIndexException(_path, FolderWriteCheck.Problem(_path) ?? "is locked by another process (is another AssetBank instance running on it?)", ex);
        }

        if (create)
        {
            writer.SetCommitData(CommitData());
            writer.Commit();
        }

        return new IndexHandle(writer, new SearcherManager(writer, applyAllDeletes: true, new SimilaritySearcherFactory(_similarity)));
    }

    private Dictionary<string, string> CommitData() => new(StringComparer.Ordinal)
    {
        [SearchFields.CommitSchemaKey] = SearchFields.SchemaVersion,
        [SearchFields.CommitTaxonomyKey] = _taxonomy.Version,
    };

    private void AfterWrite(int changed)
    {
        if (changed <= 0 || Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var pending = Interlocked.Add(ref _uncommitted, changed);
        if (_rebuilding)
        {
            return;
        }

        _handle.Searchers.MaybeRefreshBlocking();
        if (pending >= _options.CommitEveryDocuments || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastCommit)) >= _options.CommitInterval)
        {
            Commit();
        }
    }

    private void Commit()
    {
        _writerLock.EnterReadLock();
        try
        {
            lock (_commitGate)
            {
                var writer = _handle.Writer;
                writer.SetCommitData(CommitData());
                writer.Commit();
                Interlocked.Exchange(ref _uncommitted, 0);
                Volatile.Write(ref _lastCommit, Stopwatch.GetTimestamp());
            }
        }
        finally
        {
            _writerLock.ExitReadLock();
        }
    }

    private void CommitOnTimer()
    {
        if (Volatile.Read(ref _disposed) != 0 || _rebuilding || Interlocked.Read(ref _uncommitted) == 0)
        {
            return;
        }

        try
        {
            Commit();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            SearchLog.CommitFailed(_logger, ex, _path);
        }
    }

    private void AddTaxonomyWords(ChineseDictionary dictionary, Taxonomy taxonomy)
    {
        foreach (var word in taxonomy.Terms.SelectMany(t => t.Synonyms.Prepend(t.Label)).Distinct(StringComparer.Ordinal))
        {
            var trimmed = word.Trim();
            if (trimmed.Length < 2 || trimmed.Length > ChineseDictionary.MaxWordLength || trimmed.Any(char.IsWhiteSpace) || dictionary.Contains(trimmed))
            {
                continue;
            }

            try
            {
                dictionary.AddWord(trimmed);
            }
            catch (ArgumentException ex)
            {
                SearchLog.WordRejected(_logger, trimmed, ex.Message);
            }
        }
    }

    private static Term IdTerm(string id) => new(SearchFields.Id, id);

    private static void Validate(SearchDocument? document)
    {
        if (document is null)
        {
            throw new ArgumentException("A search document in the batch is null.");
        }

        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException($"The search document of asset {document.AssetId} has no id.");
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
