using AssetBank.SampleLibrary;

namespace AssetBank.Cluster.Tests;

/// <summary><c>assetbank catalog migrate</c> on an ingested sample library with a day of work in every catalog area, against the real PostgreSQL.</summary>
public sealed class CatalogMigrateTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-migrate-tests", Guid.NewGuid().ToString("N"));
    private string? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await PostgresServer.DropDatabaseAsync(_database);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [SkippableFact]
    public async Task An_ingested_sample_library_round_trips_into_postgres_verified_and_reads_the_same()
    {
        PostgresServer.SkipUnlessConfigured();
        var data = Path.Combine(_root, "data");
        await CopySampleLibraryAsync(Path.Combine(data, "store", "sample"));
        var embedded = new AssetBankProcess(data, postgres: null);
        await embedded.RunOkAsync("ingest");
        await CatalogUseCases.RunAsync(embedded, data);
        _database = await PostgresServer.CreateDatabaseAsync();

        var (code, output, error) = await embedded.RunAsync("catalog", "migrate", "--to", _database);

        Assert.True(code == 0, output + error);
        Assert.Contains("assets", output, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", output, StringComparison.Ordinal);
        Assert.Contains("assets:", error, StringComparison.Ordinal);
        var copied = Convert.ToInt64(await PostgresServer.ScalarAsync(_database, "SELECT count(*) FROM assets WHERE status = 'processed';"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(copied > 10, $"only {copied} processed assets arrived");
        Assert.Equal(1L, await PostgresServer.ScalarAsync(_database, "SELECT count(*) FROM users;"));
        var lines = output.Split('\n');
        foreach (var table in CatalogUseCases.Tables)
        {
            Assert.True(lines.Any(l => l.Contains($" {table} ", StringComparison.Ordinal) && l.Contains('✓', StringComparison.Ordinal)), $"{table} is not verified in:\n{output}");
            var rows = Convert.ToInt64(await PostgresServer.ScalarAsync(_database, $"SELECT count(*) FROM {table};"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(rows > 0, $"table {table} arrived empty");
        }

        var production = new AssetBankProcess(data, _database);
        Assert.Equal(await embedded.RunOkAsync("status"), await production.RunOkAsync("status"));
        foreach (var read in CatalogUseCases.Reads)
        {
            Assert.Equal(await embedded.RunOkAsync(read), await production.RunOkAsync(read));
        }
        await production.RunOkAsync("check");

        var again = await embedded.RunAsync("catalog", "migrate", "--to", _database);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds rows", again.Error, StringComparison.Ordinal);
    }

    private static async Task CopySampleLibraryAsync(string store)
    {
        var library = store + ".generated";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await SampleLibraryGenerator.GenerateAsync(new GeneratorOptions(library, LibrarySize.Small), null, timeout.Token);
        foreach (var file in Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "manifest.json"))
        {
            var target = Path.Combine(store, Path.GetRelativePath(library, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.Delete(library, recursive: true);
    }
}
