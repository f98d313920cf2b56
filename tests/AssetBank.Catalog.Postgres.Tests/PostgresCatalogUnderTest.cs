using AssetBank.Catalog.Contract;
using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Jobs;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Similarity;
using Npgsql;

namespace AssetBank.Catalog.Postgres.Tests;

/// <summary>A PostgreSQL catalog in a database of its own on the test server.</summary>
internal sealed class PostgresCatalogUnderTest(string connectionString, bool ownsDatabase) : CatalogUnderTest
{
    private readonly PostgresCatalog _catalog = new(connectionString);

    public override IAssetReader Reader => _catalog.Reader;

    public override IIngestionLedger Ledger => _catalog.Ledger;

    public override ITagEditStore TagEdits => _catalog.TagEdits;

    public override ICatalogChangeFeed Changes => _catalog.Changes;

    public override ICatalogMaintenance Maintenance => _catalog.Maintenance;

    public override IReuseLedger Reuse => _catalog.Reuse;

    public override IUserAccounts Accounts => _catalog.Accounts;

    public override IAuditTrail Audit => _catalog.Audit;

    public override IReferenceLibraries ReferenceLibraries => _catalog.ReferenceLibraries;

    public override AssetBank.Core.Similarity.Audio.IReferenceTracks ReferenceTracks => _catalog.ReferenceLibraries;

    public override IAlarmStore Alarms => _catalog.Alarms;

    public override AssetBank.Core.Similarity.Video.IReferenceVideos ReferenceVideos => new AssetBank.Catalog.Postgres.Similarity.Video.PostgresReferenceVideos(_catalog.Database);

    public override ICollectionStore Collections => _catalog.Collections;

    public override ISavedSearchStore SavedSearches => _catalog.SavedSearches;

    public override IRightsStore Rights => _catalog.Rights;

    public override IAssetMetadataEditor MetadataEditor => new PostgresAssetMetadataEditor(_catalog.Database);

    public override IIngestionJobs Jobs => _catalog.Jobs;

    public override string Location => _catalog.Database.Location;

    public static async Task<CatalogUnderTest> CreateFreshAsync() =>
        new PostgresCatalogUnderTest(await PostgresTestServer.CreateDatabaseAsync(), ownsDatabase: true);

    public override CatalogUnderTest OpenAgain() => new PostgresCatalogUnderTest(connectionString, ownsDatabase: false);

    public override Task DamageContentJsonAsync(long assetId, string text) =>
        ExecuteAsync("UPDATE asset_derived SET content_json = @text WHERE asset_id = @id;", ("text", text), ("id", assetId));

    public override Task StampSchemaVersionAsync(int version) =>
        ExecuteAsync("UPDATE schema_version SET version = @version WHERE id = 1;", ("version", version));

    public override Task ExecuteRawAsync(string sql) => ExecuteAsync(sql);

    public override async ValueTask DisposeAsync()
    {
        await _catalog.Database.DisposeAsync();
        if (ownsDatabase)
        {
            await PostgresTestServer.DropDatabaseAsync(connectionString);
        }
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
