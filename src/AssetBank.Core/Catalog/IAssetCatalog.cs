using AssetBank.Core.Assets;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;

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

    /// <summary>Stores the result of processing one object, with everything derived from it, in one transaction.</summary>
    /// <returns>The asset as stored, with its id.</returns>
    Task<Asset> SaveProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken);

    /// <summary>What ingestion derived from the asset (media, extracted content, machine tags).</summary>
    Task<AssetDerivedData> GetDerivedAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>Replaces the machine tags of an asset (re-tagging); human edits still apply on top.</summary>
    Task SaveTagsAsync(long assetId, TagSet tags, CancellationToken cancellationToken);

    /// <summary>Records a person's tag decision; it wins over machine tags now and through every re-tagging.</summary>
    Task AddHumanTagEditAsync(long assetId, HumanTagEdit edit, CancellationToken cancellationToken);

    Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>The effective tags (machine tags overruled by human edits) of the asset and its shots.</summary>
    Task<TagSet?> GetEffectiveTagsAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>Records that one version of an object could not be processed, and why.</summary>
    Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken);

    IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, CancellationToken cancellationToken);

    Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken);
}
