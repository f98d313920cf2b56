namespace AssetBank.Core.Search;

/// <summary>
/// The search index: derived from the catalog, kept current by applying the catalog's changes in sequence order, rebuilt
/// from the catalog when it is missing, corrupt, or built with another schema or taxonomy (see <see cref="State"/>).
/// </summary>
public interface ISearchIndex
{
    SearchIndexState State { get; }

    /// <summary>The catalog change sequence the searchable index contains; 0 for a new or missing index.</summary>
    long IndexedThrough { get; }

    /// <summary>Sees another process's latest commit (cheap when nothing changed).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);

    /// <summary>Removes the documents of <paramref name="removedAssetIds"/>, replaces those of <paramref name="upserts"/>, and records <paramref name="throughSequence"/>.</summary>
    Task ApplyChangesAsync(IReadOnlyList<long> removedAssetIds, IReadOnlyList<IndexableAsset> upserts, long throughSequence, CancellationToken cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="source"/>; the only thing that clears a rebuild-needed state.</summary>
    Task<long> RebuildAsync(IAsyncEnumerable<IndexableAsset> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Commits and closes the index writer so another process can write; the next write reopens it.</summary>
    Task ReleaseWriterAsync(CancellationToken cancellationToken);
}
