namespace AssetBank.Catalog.Postgres;

/// <summary>A PostgreSQL catalog with every ported seam over the same connection pool, for tools and tests without DI.</summary>
public sealed class PostgresCatalog : IDisposable
{
    public PostgresCatalog(string connectionString)
    {
        Database = new PostgresDatabase(connectionString);
        Reader = new PostgresAssetReader(Database);
        Ledger = new PostgresIngestionLedger(Database, Reader);
        TagEdits = new PostgresTagEditStore(Database);
        Changes = new PostgresCatalogChangeFeed(Database);
        Maintenance = new PostgresCatalogMaintenance(Database);
        TagCache = new PostgresTagCache(Database);
        Warnings = new PostgresAssetWarnings(Database);
        ExternalIds = new PostgresExternalIdLookup(Database);
        Reuse = new Reuse.PostgresReuseLedger(Database);
        Accounts = new Accounts.PostgresUserAccounts(Database);
        Audit = new Accounts.PostgresAuditTrail(Database);
        ReferenceLibraries = new Similarity.PostgresReferenceLibraries(Database);
        Alarms = new Similarity.PostgresAlarmStore(Database);
        Collections = new Collections.PostgresCollectionStore(Database);
        SavedSearches = new SavedSearches.PostgresSavedSearchStore(Database);
        Rights = new Rights.PostgresRightsStore(Database);
        Jobs = new Jobs.PostgresIngestionJobs(Database, Reader);
    }

    public PostgresDatabase Database { get; }

    public PostgresAssetReader Reader { get; }

    public PostgresIngestionLedger Ledger { get; }

    public PostgresTagEditStore TagEdits { get; }

    public PostgresCatalogChangeFeed Changes { get; }

    public PostgresCatalogMaintenance Maintenance { get; }

    public PostgresTagCache TagCache { get; }

    public PostgresAssetWarnings Warnings { get; }

    public PostgresExternalIdLookup ExternalIds { get; }

    public Reuse.PostgresReuseLedger Reuse { get; }

    public Accounts.PostgresUserAccounts Accounts { get; }

    public Accounts.PostgresAuditTrail Audit { get; }

    public Similarity.PostgresReferenceLibraries ReferenceLibraries { get; }

    public Similarity.PostgresAlarmStore Alarms { get; }

    public Collections.PostgresCollectionStore Collections { get; }

    public SavedSearches.PostgresSavedSearchStore SavedSearches { get; }

    public Rights.PostgresRightsStore Rights { get; }

    public Jobs.PostgresIngestionJobs Jobs { get; }

    public void Dispose() => Database.Dispose();
}
