using AssetBank.Catalog.Contract;
using AssetBank.Catalog.Sqlite.Accounts;
using AssetBank.Catalog.Sqlite.Collections;
using AssetBank.Catalog.Sqlite.Reuse;
using AssetBank.Catalog.Sqlite.Rights;
using AssetBank.Catalog.Sqlite.SavedSearches;
using AssetBank.Catalog.Sqlite.Similarity;
using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Jobs;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Similarity;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Tests;

/// <summary>The embedded catalog in a fresh file of its own.</summary>
internal sealed class SqliteCatalogUnderTest : CatalogUnderTest
{
    private readonly SqliteCatalog _catalog;
    private readonly bool _ownsFolder;

    public SqliteCatalogUnderTest(string path, bool ownsFolder)
    {
        _catalog = new SqliteCatalog(path);
        _ownsFolder = ownsFolder;
        Accounts = new SqliteUserAccounts(_catalog.Database);
        Audit = new SqliteAuditTrail(_catalog.Database);
        ReferenceLibraries = new SqliteReferenceLibraries(_catalog.Database);
        Alarms = new SqliteAlarmStore(_catalog.Database);
        Collections = new SqliteCollectionStore(_catalog.Database);
        SavedSearches = new SqliteSavedSearchStore(_catalog.Database);
        Rights = new SqliteRightsStore(_catalog.Database);
    }

    public override IAssetReader Reader => _catalog.Reader;

    public override AssetBank.Core.Similarity.Video.IReferenceVideos ReferenceVideos => new AssetBank.Catalog.Sqlite.Similarity.Video.SqliteReferenceVideos(_catalog.Database);

    public override IIngestionLedger Ledger => _catalog.Ledger;

    public override ITagEditStore TagEdits => _catalog.TagEdits;

    public override ICatalogChangeFeed Changes => _catalog.Changes;

    public override ICatalogMaintenance Maintenance => _catalog.Maintenance;

    public override IReuseLedger Reuse => _catalog.Reuse;

    public override IUserAccounts Accounts { get; }

    public override IAuditTrail Audit { get; }

    public override IReferenceLibraries ReferenceLibraries { get; }

    public override AssetBank.Core.Similarity.Audio.IReferenceTracks ReferenceTracks => (SqliteReferenceLibraries)ReferenceLibraries;

    public override IAlarmStore Alarms { get; }

    public override ICollectionStore Collections { get; }

    public override ISavedSearchStore SavedSearches { get; }

    public override IRightsStore Rights { get; }

    public override IAssetMetadataEditor MetadataEditor => new SqliteAssetMetadataEditor(_catalog.Database);

    public override IIngestionJobs Jobs => _catalog.Jobs;

    public override string Location => _catalog.Database.DatabasePath;

    public static SqliteCatalogUnderTest CreateFresh() =>
        new(Path.Combine(Path.GetTempPath(), "assetbank-catalog-tests", Guid.NewGuid().ToString("N"), "catalog.db"), ownsFolder: true);

    public override CatalogUnderTest OpenAgain() => new SqliteCatalogUnderTest(Location, ownsFolder: false);

    public override Task DamageContentJsonAsync(long assetId, string text) =>
        ExecuteAsync("UPDATE asset_derived SET content_json = $text WHERE asset_id = $id;", ("$text", text), ("$id", assetId));

    public override Task StampSchemaVersionAsync(int version) =>
        ExecuteAsync($"PRAGMA user_version = {version};");

    public override Task ExecuteRawAsync(string sql) => ExecuteAsync(sql);

    public override ValueTask DisposeAsync()
    {
        _catalog.Dispose();
        if (_ownsFolder)
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
