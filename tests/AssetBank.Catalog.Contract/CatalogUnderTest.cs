using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Jobs;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Similarity;

namespace AssetBank.Catalog.Contract;

/// <summary>One catalog provider's seams over one fresh database, plus the few raw moves a test needs (damage, reopen).</summary>
public abstract class CatalogUnderTest : IAsyncDisposable
{
    public abstract IAssetReader Reader { get; }

    public abstract IIngestionLedger Ledger { get; }

    public abstract ITagEditStore TagEdits { get; }

    public abstract ICatalogChangeFeed Changes { get; }

    public abstract ICatalogMaintenance Maintenance { get; }

    public abstract IReuseLedger Reuse { get; }

    public abstract IUserAccounts Accounts { get; }

    public abstract IAuditTrail Audit { get; }

    public abstract IReferenceLibraries ReferenceLibraries { get; }

    public abstract Core.Similarity.Audio.IReferenceTracks ReferenceTracks { get; }

    public abstract IAlarmStore Alarms { get; }

    public abstract AssetBank.Core.Similarity.Video.IReferenceVideos ReferenceVideos { get; }

    public abstract ICollectionStore Collections { get; }

    public abstract ISavedSearchStore SavedSearches { get; }

    public abstract IRightsStore Rights { get; }

    public abstract IAssetMetadataEditor MetadataEditor { get; }

    public abstract IIngestionJobs Jobs { get; }

    /// <summary>Where the catalog lives as the provider names it in error messages (a path, a server and database).</summary>
    public abstract string Location { get; }

    /// <summary>A second, independent instance over the same database (as a second process would open it).</summary>
    public abstract CatalogUnderTest OpenAgain();

    /// <summary>Writes text that is not valid JSON into an asset's stored extracted content, behind the seams' back.</summary>
    public abstract Task DamageContentJsonAsync(long assetId, string text);

    /// <summary>Stamps the database with a schema version newer than any this build knows.</summary>
    public abstract Task StampSchemaVersionAsync(int version);

    /// <summary>Runs an UPDATE or DELETE behind the seams' back (to show that append-only tables refuse it).</summary>
    public abstract Task ExecuteRawAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
