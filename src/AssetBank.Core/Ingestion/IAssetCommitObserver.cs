using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;

namespace AssetBank.Core.Ingestion;

/// <summary>
/// Keeps something derived from the catalog (the search index) current: told after each item is committed.
/// </summary>
/// <remarks>
/// Runs after the catalog transaction, so an observer never sees an item the catalog does not have. A failing
/// observer does not fail the item: what it maintains is derived and can be rebuilt from the catalog.
/// </remarks>
public interface IAssetCommitObserver
{
    Task OnProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken);

    Task OnDeletedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
