using AssetBank.Catalog.Sqlite.Reuse;

namespace AssetBank.Catalog.Sqlite;

/// <summary>The embedded catalog at one path with every seam over the same database, for tools and tests that work without DI.</summary>
public sealed class SqliteCatalog : IDisposable
{
    public SqliteCatalog(string path)
    {
        Database = new SqliteDatabase(path);
        Reader = new SqliteAssetReader(Database);
        Ledger = new SqliteIngestionLedger(Database, Reader);
        TagEdits = new SqliteTagEditStore(Database);
        Changes = new SqliteCatalogChangeFeed(Database);
        Maintenance = new SqliteCatalogMaintenance(Database);
        TagCache = new SqliteTagCache(Database);
        Reuse = new SqliteReuseLedger(Database);
        Jobs = new Jobs.SqliteIngestionJobs(Database, Reader);
    }

    public SqliteDatabase Database { get; }

    public SqliteAssetReader Reader { get; }

    public SqliteIngestionLedger Ledger { get; }

    public SqliteTagEditStore TagEdits { get; }

    public SqliteCatalogChangeFeed Changes { get; }

    public SqliteCatalogMaintenance Maintenance { get; }

    public SqliteTagCache TagCache { get; }

    public SqliteReuseLedger Reuse { get; }

    public Jobs.SqliteIngestionJobs Jobs { get; }

    public void Dispose() => Database.Dispose();
}
