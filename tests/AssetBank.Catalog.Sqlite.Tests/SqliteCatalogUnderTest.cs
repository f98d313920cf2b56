using AssetBank.Catalog.Contract;
using AssetBank.Core.Catalog;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Tests;

/// <summary>The embedded catalog in a fresh file of its own.</summary>
internal sealed class SqliteCatalogUnderTest(string path, bool ownsFolder) : CatalogUnderTest
{
    private readonly SqliteCatalog _catalog = new(path);

    public override IAssetReader Reader => _catalog.Reader;

    public override IIngestionLedger Ledger => _catalog.Ledger;

    public override ITagEditStore TagEdits => _catalog.TagEdits;

    public override ICatalogChangeFeed Changes => _catalog.Changes;

    public override ICatalogMaintenance Maintenance => _catalog.Maintenance;

    public override IAssetMetadataEditor MetadataEditor => new SqliteAssetMetadataEditor(_catalog.Database);

    public override string Location => _catalog.Database.DatabasePath;

    public static SqliteCatalogUnderTest CreateFresh() =>
        new(Path.Combine(Path.GetTempPath(), "assetbank-catalog-tests", Guid.NewGuid().ToString("N"), "catalog.db"), ownsFolder: true);

    public override CatalogUnderTest OpenAgain() => new SqliteCatalogUnderTest(Location, ownsFolder: false);

    public override Task DamageContentJsonAsync(long assetId, string text) =>
        ExecuteAsync("UPDATE asset_derived SET content_json = $text WHERE asset_id = $id;", ("$text", text), ("$id", assetId));

    public override Task StampSchemaVersionAsync(int version) =>
        ExecuteAsync($"PRAGMA user_version = {version};");

    public override ValueTask DisposeAsync()
    {
        _catalog.Dispose();
        if (ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(Location)!, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Location}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
