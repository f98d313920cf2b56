namespace AssetBank.Core.Search;

/// <summary>
/// The search index: derived from the catalog, kept current from the catalog's change sequence, rebuilt from the
/// catalog when it is missing, corrupt, or built with another schema or taxonomy (see <see cref="State"/>).
/// </summary>
/// <remarks>
/// <para>One process writes an index folder at a time; any number of processes may search it meanwhile. Opening an
/// index never writes to it: the first write call (<see cref="ApplyChangesAsync"/>, <see cref="RebuildAsync"/>,
/// <see cref="CommitAsync"/>) takes the folder's write lock, <see cref="ReleaseWriterAsync"/> gives it back.</para>
/// <para>Writes are near-real-time: changes are searchable in this process as soon as <see cref="ApplyChangesAsync"/>
/// returns, and made durable (and visible to other processes) by batched commits or <see cref="CommitAsync"/>. Every
/// commit records the catalog change sequence it contains (<see cref="IndexedThrough"/>), so after a crash the caller
/// replays the catalog's changes from there. Searches never wait for writes. Query text is user input: no text makes a
/// search throw; what could not be used is explained in <see cref="QueryInterpretation.Notes"/>.</para>
/// </remarks>
public interface ISearchIndex
{
    /// <summary>
    /// Whether the index is usable as it is or should be rebuilt from the catalog, and why. Once it says rebuild, only
    /// <see cref="RebuildAsync"/> clears it: other commits keep the stamp that says so.
    /// </summary>
    SearchIndexState State { get; }

    /// <summary>
    /// The catalog change sequence the searchable index contains: in the writing process what was applied, elsewhere
    /// what the last commit seen says. 0 for a new or missing index.
    /// </summary>
    long IndexedThrough { get; }

    /// <summary>
    /// Makes a searching process see the latest commit (of another process); cheap when nothing changed. Searches also
    /// refresh on their own, at most about once a second.
    /// </summary>
    Task RefreshAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies catalog changes: every document of each removed asset id is deleted, and each upserted asset replaces
    /// all the documents of its id (asset, shots, items). Removals are applied before upserts. Records
    /// <paramref name="throughSequence"/> as <see cref="IndexedThrough"/> (never lowering it) once the changes are
    /// searchable; the next commit makes both durable. Applying the same changes again changes nothing.
    /// </summary>
    /// <exception cref="SearchIndexCorruptException">The index is unreadable: rebuild it first.</exception>
    /// <exception cref="SearchIndexException">Another process holds the index's write lock.</exception>
    Task ApplyChangesAsync(IReadOnlyList<long> removedAssetIds, IReadOnlyList<IndexableAsset> upserts, long throughSequence, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the whole index with <paramref name="source"/>, stamped with this version's schema and taxonomy and
    /// <paramref name="throughSequence"/>; the only call that clears a rebuild-needed <see cref="State"/>. Reports the
    /// number of documents indexed so far. Searches see the old content until the rebuild commits; a failed or cancelled
    /// rebuild leaves the old content in place. A corrupt index is moved aside first. Returns the number of documents.
    /// </summary>
    Task<long> RebuildAsync(IAsyncEnumerable<IndexableAsset> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken);

    /// <exception cref="SearchIndexCorruptException">The index is unreadable (found at open or by this search); <see cref="State"/> says rebuild.</exception>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Documents in the index, as searches currently see it.</summary>
    /// <exception cref="SearchIndexCorruptException">The index is unreadable; <see cref="State"/> says rebuild.</exception>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Makes everything applied so far durable now, rather than at the next batched commit.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Commits and closes the index writer, freeing the folder's write lock for another process; searches go on from
    /// the last commit. The next write call opens the writer again. Nothing happens when no writer is open.
    /// </summary>
    Task ReleaseWriterAsync(CancellationToken cancellationToken);
}
