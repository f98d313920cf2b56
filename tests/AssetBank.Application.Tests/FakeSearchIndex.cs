using System.Runtime.CompilerServices;
using AssetBank.Core.Search;

namespace AssetBank.Application.Tests;

/// <summary>An in-memory index that records what it was told: enough to test the flows around the real one.</summary>
internal sealed class FakeSearchIndex : ISearchIndex
{
    public Dictionary<long, IndexableAsset> Assets { get; } = [];

    public SearchIndexState State { get; set; } = SearchIndexState.Healthy;

    public long IndexedThrough { get; set; }

    public int Releases { get; private set; }

    public int Rebuilds { get; private set; }

    public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ApplyChangesAsync(IReadOnlyList<long> removedAssetIds, IReadOnlyList<IndexableAsset> upserts, long throughSequence, CancellationToken cancellationToken)
    {
        foreach (var id in removedAssetIds)
        {
            Assets.Remove(id);
        }

        foreach (var upsert in upserts)
        {
            Assets[upsert.Asset.Id] = upsert;
        }

        IndexedThrough = Math.Max(IndexedThrough, throughSequence);
        return Task.CompletedTask;
    }

    public async Task<long> RebuildAsync(IAsyncEnumerable<IndexableAsset> source, long throughSequence, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Assets.Clear();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            Assets[item.Asset.Id] = item;
        }

        IndexedThrough = throughSequence;
        State = SearchIndexState.Healthy;
        Rebuilds++;
        return Assets.Count;
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => throw new NotSupportedException("the flows under test do not search");

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)Assets.Count);

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReleaseWriterAsync(CancellationToken cancellationToken)
    {
        Releases++;
        return Task.CompletedTask;
    }
}
