using AssetBank.Application.Writing;
using AssetBank.Core.CatalogMigration;
using AssetBank.Core.Errors;

namespace AssetBank.Application.CatalogMigration;

/// <summary>
/// Copies the embedded catalog into an empty PostgreSQL database under the data folder's writer lock (so nothing
/// changes while it is read), and verifies every table by row count and checksum.
/// </summary>
public sealed class MigrateCatalog(DataFolderWriterLock writerLock, ICatalogMigrator migrator)
{
    public async Task<CatalogMigrationReport> MigrateAsync(string targetConnectionString, IProgress<CatalogMigrationProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(targetConnectionString))
        {
            throw new RequestRejectedException("--to", "give the PostgreSQL connection string, e.g. --to \"Host=db;Username=assetbank;Password=…;Database=assetbank\"");
        }

        await using var session = await writerLock.AcquireAsync("catalog migrate", waiting, cancellationToken);
        return await migrator.MigrateAsync(targetConnectionString, progress, cancellationToken);
    }
}
