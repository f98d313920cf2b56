using System.Runtime.CompilerServices;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Analysis;
using AssetBank.Search.Collecting;
using AssetBank.Search.Documents;
using AssetBank.Search.Indexing;
using AssetBank.Search.Querying;
using AssetBank.Search.Scoring;
using AssetBank.Search.Store;
using AssetBank.Search.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssetBank.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on a Lucene index in a folder (<see cref="SearchOptions.IndexPath"/>), with the Chinese
/// analyzer in index mode for documents and query mode for queries.
/// </summary>
/// <remarks>
/// <para>Opening only reads: a missing index searches as empty, one built with another schema or taxonomy searches as it
/// is, and an unreadable one makes searches throw <see cref="SearchIndexCorruptException"/> (rather than answer nothing,
/// which would look like an empty bank); in each case <see cref="State"/> says to rebuild from the catalog. Nothing is
/// moved or deleted except by <see cref="RebuildAsync"/>, which moves a damaged index aside to
/// <c>{IndexPath}.corrupt-{time}</c> before writing a new one.</para>
/// <para>Reader mode (until the first write, and after <see cref="ReleaseWriterAsync"/>): searches read the latest commit
/// and refresh at most once a second, so a long-running process sees another process's commits. Writer mode: one
/// <c>IndexWriter</c> holding Lucene's write lock, searches near-real-time on it, commits batched by count and time.</para>
/// <para>Thread-safe; searches never wait for writes. The work is CPU-bound and runs on the calling thread.</para>
/// </remarks>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>Longest accepted <see cref="SearchOptions.CommitInterval"/>.</summary>
    internal static readonly TimeSpan MaxCommitInterval = TimeSpan.FromDays(1);

    private readonly ILogger _logger;
    private readonly SearchTextAnalyzer _analysis;
    private readonly bool _ownsAnalysis;
    private readonly QueryInterpreter _interpreter;
    private readonly QueryExecution _queries;
    private readonly IndexStore _store;
    private readonly IndexWriting _writing;
    private readonly IndexRebuild _rebuild;
    private int _disposed;

    /// <summary>Opens the index for searching; the first write opens its writer. See the remarks on the class.</summary>
    /// <param name="options">Index folder and tuning.</param>
    /// <param name="taxonomy">Resolves query parts and broader terms; its labels and synonyms are words of the analyzer dictionary.</param>
    /// <param name="logger">Optional logger.</param>
    /// <param name="analysis">Analyzers to share (see <see cref="SearchTextAnalyzer"/>), built for the same taxonomy; built here when null.</param>
    public LuceneSearchIndex(SearchOptions options, Taxonomy taxonomy, ILogger<LuceneSearchIndex>? logger = null, SearchTextAnalyzer? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IndexPath);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        IndexPath = Path.GetFullPath(options.IndexPath);
        _ownsAnalysis = analysis is null;
        _analysis = analysis ?? SearchTextAnalyzer.Create(taxonomy, options.UserDictionaryPath, _logger);
        var analyzers = _analysis.Analyzers;
        var scoring = new RelevanceScoring();
        var mapper = new DocumentMapper(taxonomy);
        _interpreter = new QueryInterpreter(taxonomy, new AnalyzerTextSegmenter(analyzers.Query, SearchFields.Text), options.DateFilterUtcOffset, options.MaxQueryLength);
        var shaper = new ResultShaper(taxonomy, mapper, new SnippetBuilder(analyzers.Index, options.SnippetLength));
        var builder = new LuceneQueryBuilder(analyzers, taxonomy, options);
        _queries = new QueryExecution(options, _interpreter, builder, Ordinals, shaper, new QueryAdvisor(analyzers, taxonomy, builder));
        try
        {
            _store = new IndexStore(IndexPath, taxonomy.Version, new ScoringSearcherFactory(scoring), _logger);
        }
        catch
        {
            DisposeAnalysis();
            throw;
        }

        _writing = new IndexWriting(_store, options, analyzers.Index, scoring, mapper, _logger);
        _rebuild = new IndexRebuild(_writing, options, mapper, taxonomy.Version, IndexPath, _logger);
        if (State.NeedsRebuild)
        {
            SearchLog.NeedsRebuild(_logger, IndexPath, State.Reason ?? "unknown");
        }

        SearchLog.Opened(_logger, IndexPath, _store.IsCorrupt ? 0 : _store.CommittedDocuments);
    }

    public SearchIndexState State => _store.State;

    public long IndexedThrough => _store.IndexedThrough;

    /// <summary>The index folder, absolute.</summary>
    public string IndexPath { get; }

    /// <summary>How this index segments text (the same analyzers it indexes and searches with).</summary>
    public ISearchTextAnalyzer TextAnalyzer => _analysis;

    /// <summary>The background checksum verification of the segments opened last (reader mode), for tests.</summary>
    internal Task Verification => _store.Verification;

    /// <summary>The per-segment facet records, for tests.</summary>
    internal OrdinalCache Ordinals { get; } = new();

    /// <summary>How the index reads <paramref name="text"/>, without searching (for <c>assetbank search --explain</c> and the UI).</summary>
    public QueryInterpretation Interpret(string? text) => _interpreter.Interpret(text);

    public Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _store.Refresh(force: true);
        return Task.CompletedTask;
    }

    public Task ApplyChangesAsync(IReadOnlyList<long> removedAssetIds, IReadOnlyList<IndexableAsset> upserts, long throughSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(removedAssetIds);
        ArgumentNullException.ThrowIfNull(upserts);
        ThrowIfDisposed();

        // The last upsert of an asset wins; every document an asset had is deleted before its new ones are added.
        var latest = upserts.Select((u, i) => u ?? throw new ArgumentException($"Upsert {i} is null.", nameof(upserts)))
            .GroupBy(u => u.Asset.Id).Select(g => g.Last()).ToList();
        var documents = latest.SelectMany(Documents).ToList();
        var deleted = removedAssetIds.Concat(latest.Select(u => u.Asset.Id)).Distinct().ToList();
        return _writing.ApplyAsync(deleted, documents, replaceById: false, throughSequence, cancellationToken);
    }

    public Task<long> RebuildAsync(IAsyncEnumerable<IndexableAsset> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfDisposed();
        return _rebuild.RunAsync(DocumentsAsync(source, cancellationToken), throughSequence, progress, cancellationToken);
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _store.Refresh(force: false);
        return Task.FromResult(_store.Read(searcher => _queries.Search(searcher, query)));
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _store.Refresh(force: false);
        return Task.FromResult(_store.Read(searcher => (long)searcher.IndexReader.NumDocs));
    }

    /// <summary>Commits now what the writer holds; nothing happens in reader mode (nothing was written).</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _writing.CommitAsync(cancellationToken);
    }

    public Task ReleaseWriterAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _writing.ReleaseAsync(cancellationToken);
    }

    /// <summary>Commits (keeping a rebuild-needed stamp as it is) and closes; a rebuild in progress is rolled back.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _writing.Dispose();
        _store.Dispose();
        DisposeAnalysis();
    }

    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Id"/>: tests and benchmarks feed prepared documents.</summary>
    internal Task IndexDocumentsAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfDisposed();
        var batch = documents.ToList();
        batch.ForEach(SearchDocumentRules.Validate);
        return batch.Count == 0 ? Task.CompletedTask : _writing.ApplyAsync([], batch, replaceById: true, 0, cancellationToken);
    }

    /// <summary>Rebuilds from prepared documents (tests and benchmarks).</summary>
    internal Task<long> RebuildDocumentsAsync(IAsyncEnumerable<SearchDocument> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfDisposed();
        return _rebuild.RunAsync(source, throughSequence, progress, cancellationToken);
    }

    private static IReadOnlyList<SearchDocument> Documents(IndexableAsset asset) =>
        SearchDocumentBuilder.Build(asset.Asset, asset.Derived, asset.EffectiveTags, asset.Rights);

    private static async IAsyncEnumerable<SearchDocument> DocumentsAsync(IAsyncEnumerable<IndexableAsset> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var asset in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var document in Documents(asset))
            {
                yield return document;
            }
        }
    }

    private void DisposeAnalysis()
    {
        if (_ownsAnalysis)
        {
            _analysis.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
