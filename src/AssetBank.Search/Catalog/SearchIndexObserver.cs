using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Search;

namespace AssetBank.Search.Catalog;

/// <summary>The ingestion stage that keeps the index current: re-indexes each committed asset, drops deleted ones.</summary>
public sealed class SearchIndexObserver(ISearchIndex index, IAssetCatalog catalog) : IAssetCommitObserver
{
    public async Task OnProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var tags = await catalog.GetEffectiveTagsAsync(asset.Id, cancellationToken);
        await index.DeleteByAssetAsync(asset.Id, cancellationToken);
        await index.IndexAsync(SearchDocumentBuilder.Build(asset, derived, tags), cancellationToken);
    }

    public async Task OnDeletedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (await catalog.FindByKeyAsync(key, cancellationToken) is { } asset)
            {
                await index.DeleteByAssetAsync(asset.Id, cancellationToken);
            }
        }
    }
}
