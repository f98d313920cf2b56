using AssetBank.Core.Search;

namespace AssetBank.Reuse.Tests;

/// <summary>The writer lock releases the index's writer; the reuse writes never search.</summary>
internal sealed class NoSearchIndex : ISearchIndex
{
    public SearchIndexState State => SearchIndexState.Healthy;

    public long IndexedThrough => 0;

    public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ApplyChangesAsync(IReadOnlyList<long> removedAssetIds, IReadOnlyList<IndexableAsset> upserts, long throughSequence, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> RebuildAsync(IAsyncEnumerable<IndexableAsset> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => throw new NotSupportedException("reuse writes do not search");

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReleaseWriterAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
