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

    public void Dispose() => Database.Dispose();
}
