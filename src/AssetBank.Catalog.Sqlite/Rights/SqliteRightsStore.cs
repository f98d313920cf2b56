using System.Runtime.CompilerServices;
using AssetBank.Core.Rights;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Rights;

/// <summary>Rights in the embedded catalog: the grants of each asset as JSON, every change in <c>rights_history</c>.</summary>
public sealed class SqliteRightsStore(SqliteDatabase database) : IRightsStore
{
    public async Task<AssetRights?> GetAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, assetId, cancellationToken);
    }

    public Task SaveAsync(IReadOnlyList<AssetRights> rights, string who, DateTimeOffset at, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var asset in rights)
            {
                var before = (await ReadAsync(connection, transaction, asset.AssetId, cancellationToken))?.Grants ?? [];
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = (asset.Grants.Count == 0
                    ? "DELETE FROM asset_rights WHERE asset_id = $id;"
                    : """
                      INSERT INTO asset_rights (asset_id, grants_json, updated_by, updated_at) VALUES ($id, $grants, $who, $at)
                      ON CONFLICT(asset_id) DO UPDATE SET grants_json = excluded.grants_json, updated_by = excluded.updated_by, updated_at = excluded.updated_at;
                      """)
                    + "INSERT INTO rights_history (asset_id, who, at, source, before_json, after_json) VALUES ($id, $who, $at, $source, $before, $grants);";
                command.Parameters.AddWithValue("$id", asset.AssetId);
                command.Parameters.AddWithValue("$grants", CatalogJson.Serialize(asset.Grants)!);
                command.Parameters.AddWithValue("$before", CatalogJson.Serialize(before)!);
                command.Parameters.AddWithValue("$who", who);
                command.Parameters.AddWithValue("$at", AssetRows.Format(at));
                command.Parameters.AddWithValue("$source", source);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await ChangeSequence.TouchByIdAsync(connection, transaction, asset.AssetId, cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RightsHistoryEntry>> GetHistoryAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, who, at, source, before_json, after_json FROM rights_history WHERE asset_id = $id ORDER BY id;";
        command.Parameters.AddWithValue("$id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<RightsHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new RightsHistoryEntry(
                reader.GetInt64(0),
                assetId,
                reader.GetString(1),
                AssetRows.ParseTime(reader.GetString(2)),
                reader.GetString(3),
                Grants(reader.GetString(4)),
                Grants(reader.GetString(5))));
        }

        return result;
    }

    public async IAsyncEnumerable<AssetRights> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.asset_id, a.key, r.grants_json FROM asset_rights r JOIN assets a ON a.id = r.asset_id ORDER BY a.key;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AssetRights(reader.GetInt64(0), reader.GetString(1), Grants(reader.GetString(2)));
        }
    }

    /// <summary>The rights of an asset read on an open connection (the asset reader uses it for search documents).</summary>
    internal static async Task<AssetRights?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, long assetId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT a.key, r.grants_json FROM asset_rights r JOIN assets a ON a.id = r.asset_id WHERE r.asset_id = $id;";
        command.Parameters.AddWithValue("$id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AssetRights(assetId, reader.GetString(0), Grants(reader.GetString(1))) : null;
    }

    private static List<RightsGrant> Grants(string json)
    {
        try
        {
            return CatalogJson.Deserialize<List<RightsGrant>>(json) ?? [];
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new Core.Errors.CatalogException("asset_rights", $"stored rights are damaged ({e.Message}); set them again with `assetbank rights set`", e);
        }
    }
}
