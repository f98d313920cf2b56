using AssetBank.Catalog.Contract;
using AssetBank.Core.Errors;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Tests;

/// <summary>What only a database file can suffer: damaged pages.</summary>
public sealed class SqliteDamagedFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assetbank-sequence-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_database_file_with_damaged_pages_is_refused_at_open_and_named_by_the_check()
    {
        var path = Path.Combine(_folder, "catalog.db");
        using (var catalog = new SqliteCatalog(path))
        {
            for (var i = 0; i < 200; i++)
            {
                await catalog.Ledger.SaveProcessedAsync(CatalogSamples.Copy($"k/{i:D4}.txt"), CatalogSamples.Text(new string('文', 400)), CancellationToken.None);
            }
        }

        SqliteConnection.ClearAllPools();
        await using (var checkpoint = new SqliteConnection($"Data Source={path}"))
        {
            await checkpoint.OpenAsync();
            await using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            // Garbage over interior pages (not the header): SQLite still opens the file, the b-tree is broken.
            file.Seek(file.Length / 2, SeekOrigin.Begin);
            var noise = new byte[8192];
            new Random(7).NextBytes(noise);
            await file.WriteAsync(noise);
        }

        using var damaged = new SqliteCatalog(path);
        var error = await Assert.ThrowsAsync<CatalogException>(() => damaged.Maintenance.InitializeAsync(CancellationToken.None));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        var check = await damaged.Maintenance.CheckAsync(CancellationToken.None);
        Assert.NotEmpty(check.DatabaseProblems);
    }
}
