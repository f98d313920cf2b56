namespace AssetBank.Core.Search;

/// <summary>
/// The search index: derived from the catalog, kept current by ingestion, rebuilt from the catalog when it is missing,
/// corrupt, or built with another schema or taxonomy (see <see cref="State"/>).
/// </summary>
/// <remarks>
/// Writes are near-real-time: a document is searchable as soon as <see cref="IndexAsync"/> returns, and made durable by
/// batched commits (or <see cref="CommitAsync"/>). Searches never wait for writes. Query text is user input: no text
/// makes a search throw; what could not be used is explained in <see cref="QueryInterpretation.Notes"/>.
/// </remarks>
public interface ISearchIndex
{
    /// <summary>Whether the index is usable as it is or should be rebuilt from the catalog, and why.</summary>
    SearchIndexState State { get; }

    /// <summary>Adds or replaces documents (by <see cref="SearchDocument.Id"/>); searchable when the task completes.</summary>
    Task IndexAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes the asset's document and all its shot documents; returns how many were removed. Unknown ids are not an error.</summary>
    Task<int> DeleteByAssetAsync(long assetId, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole index with <paramref name="source"/>, reporting the number of documents indexed so far. Searches
    /// see the old content until the rebuild commits; a failed or cancelled rebuild leaves the old content in place.
    /// Returns the number of documents indexed.
    /// </summary>
    Task<long> RebuildAsync(IAsyncEnumerable<SearchDocument> source, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Documents in the index, as searches currently see it.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes everything indexed so far durable now, rather than at the next batched commit.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
