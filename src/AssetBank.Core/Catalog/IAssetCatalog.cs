using AssetBank.Core.Assets;
using AssetBank.Core.Storage;

namespace AssetBank.Core.Catalog;

/// <summary>The source of truth for assets and ingestion state. The search index is derived from it.</summary>
/// <remarks>Each write of one item is one transaction: a crash leaves every item either before or after it.</remarks>
public interface IAssetCatalog
{
    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The version (ETag) and status of every non-deleted asset under <paramref name="prefix"/>.</summary>
    Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// Records objects seen in the store: new keys and changed ETags become <see cref="AssetStatus.Pending"/>,
    /// unchanged ones only get their last-seen time updated. Idempotent.
    /// </summary>
    Task RecordDiscoveredAsync(IReadOnlyList<StoredObject> objects, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>Marks assets whose objects are gone from the store; rows are kept, never erased.</summary>
    Task MarkDeletedAsync(IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores the result of processing one object in one transaction.</summary>
    /// <returns>The asset as stored, with its id.</returns>
    Task<Asset> SaveProcessedAsync(Asset asset, CancellationToken cancellationToken);

    /// <summary>Records that one version of an object could not be processed, and why.</summary>
    Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken);

    IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, CancellationToken cancellationToken);

    Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken);
}
