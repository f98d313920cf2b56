namespace AssetBank.Core.CatalogMigration;

/// <summary>Copies the embedded catalog, table by table, into an empty production catalog and verifies the copy.</summary>
public interface ICatalogMigrator
{
    Task<CatalogMigrationReport> MigrateAsync(string targetConnectionString, IProgress<CatalogMigrationProgress>? progress, CancellationToken cancellationToken);
}
