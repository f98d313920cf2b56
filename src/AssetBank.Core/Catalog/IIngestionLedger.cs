using AssetBank.Core.Assets;
using AssetBank.Core.Storage;

namespace AssetBank.Core.Catalog;

/// <summary>What ingestion records about the objects it sees and processes; each call is one transaction.</summary>
/// <remarks>Every write that changes what search should show bumps the catalog's change sequence (see <see cref="ICatalogChangeFeed"/>).</remarks>
public interface IIngestionLedger
{
    /// <summary>The version (ETag), status and attempts of every non-deleted asset under <paramref name="prefix"/>.</summary>
    Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>The version of one key, or null when the catalog has no live row for it.</summary>
    Task<CatalogVersion?> GetVersionAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Records objects seen in the store: new keys and changed ETags become <see cref="AssetStatus.Pending"/> (with their
    /// attempt count reset), unchanged ones only get their last-seen time updated. Idempotent.
    /// </summary>
    Task RecordDiscoveredAsync(IReadOnlyList<StoredObject> objects, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records that processing of this version starts (or reaches <paramref name="stage"/>), so that an object that kills
    /// the process every time is recognised as a poison pill on a later run.
    /// </summary>
    Task RecordAttemptAsync(string key, string stage, bool newAttempt, long peakMemoryBytes, CancellationToken cancellationToken);

    /// <summary>Takes back the attempt of a run that was cancelled on purpose (Ctrl-C): it says nothing about the object.</summary>
    Task ForgetAttemptAsync(string key, CancellationToken cancellationToken);

    /// <summary>Marks assets whose objects are gone from the store; rows are kept, their derived data is purged.</summary>
    Task MarkDeletedAsync(IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores the result of processing one object, with everything derived from it, in one transaction.</summary>
    /// <returns>The asset as stored, with its id.</returns>
    Task<Asset> SaveProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken);

    /// <summary>Records that one version of an object could not be processed, and why; what was derived from an older version is purged.</summary>
    Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}
