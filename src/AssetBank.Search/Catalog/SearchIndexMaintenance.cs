using System.Runtime.CompilerServices;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Search;

namespace AssetBank.Search.Catalog;

/// <summary>The index is derived from the catalog: rebuild it from there, and rebuild it when it is missing or corrupt.</summary>
public sealed class SearchIndexMaintenance(ISearchIndex index, IAssetCatalog catalog)
{
    /// <summary>Rebuilds the whole index from the catalog; returns the number of documents.</summary>
    public Task<long> ReindexAsync(IProgress<int>? progress, CancellationToken cancellationToken) =>
        index.RebuildAsync(DocumentsAsync(cancellationToken), progress, cancellationToken);

    /// <summary>Rebuilds when the index says it must, or when it is empty while the catalog is not.</summary>
    /// <returns>Why it rebuilt, or null when the index was fine.</returns>
    public async Task<string?> EnsureCurrentAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        string? reason = null;
        if (index.State.NeedsRebuild)
        {
            reason = index.State.Reason ?? "the index needs a rebuild";
        }
        else if (await index.CountAsync(cancellationToken) == 0 && (await catalog.GetSummaryAsync(cancellationToken)).Processed > 0)
        {
            reason = "the index is empty but the catalog is not";
        }

        if (reason is not null)
        {
            await ReindexAsync(progress, cancellationToken);
        }

        return reason;
    }

    private async IAsyncEnumerable<SearchDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var assets = new List<Asset>();
        await foreach (var asset in catalog.ListAsync(new AssetFilter(Status: AssetStatus.Processed), cancellationToken))
        {
            assets.Add(asset);
        }

        foreach (var asset in assets)
        {
            var derived = await catalog.GetDerivedAsync(asset.Id, cancellationToken);
            var tags = await catalog.GetEffectiveTagsAsync(asset.Id, cancellationToken);
            foreach (var document in SearchDocumentBuilder.Build(asset, derived, tags))
            {
                yield return document;
            }
        }
    }
}
