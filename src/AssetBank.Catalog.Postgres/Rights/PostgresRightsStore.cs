using System.Runtime.CompilerServices;
using System.Text.Json;
using AssetBank.Core.Errors;
using AssetBank.Core.Rights;

namespace AssetBank.Catalog.Postgres.Rights;

/// <summary>
/// Rights in a PostgreSQL catalog: the grants of each asset as JSON, every change in <c>rights_history</c>, each
/// changed asset given the next change sequence number (search shows rights).
/// </summary>
public sealed class PostgresRightsStore(PostgresDatabase database) : IRightsStore
{
    public async Task<AssetRights?> GetAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresDerivedData.ReadRightsAsync(connection, assetId, cancellationToken);
    }

    public Task SaveAsync(IReadOnlyList<AssetRights> rights, string who, DateTimeOffset at, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // The asset rows are locked in id order first (as tag edits lock theirs), so two saves of the same assets
            // queue, and each history entry's "before" is what the previous save left.
            await using (var lockAssets = PostgresDatabase.Command(connection, transaction, "SELECT id FROM assets WHERE id = ANY(@ids) ORDER BY id FOR UPDATE;"))
            {
                lockAssets.Parameters.AddWithValue("ids", rights.Select(r => r.AssetId).Distinct().ToArray());
                await lockAssets.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var asset in rights)
            {
                var before = (await PostgresDerivedData.ReadRightsAsync(connection, asset.AssetId, cancellationToken))?.Grants ?? [];
                await using var command = PostgresDatabase.Command(connection, transaction, (asset.Grants.Count == 0
                    ? "DELETE FROM asset_rights WHERE asset_id = @id;"
                    : """
                      INSERT INTO asset_rights (asset_id, grants_json, updated_by, updated_at) VALUES (@id, @grants, @who, @at)
                      ON CONFLICT (asset_id) DO UPDATE SET grants_json = excluded.grants_json, updated_by = excluded.updated_by, updated_at = excluded.updated_at;
                      """)
                    + "INSERT INTO rights_history (asset_id, who, at, source, before_json, after_json) VALUES (@id, @who, @at, @source, @before, @grants);");
                command.Parameters.AddWithValue("id", asset.AssetId);
                command.Parameters.AddWithValue("grants", PostgresJson.Serialize(asset.Grants)!);
                command.Parameters.AddWithValue("before", PostgresJson.Serialize(before)!);
                command.Parameters.AddWithValue("who", who);
                command.Parameters.AddWithValue("at", PostgresRows.Format(at));
                command.Parameters.AddWithValue("source", source);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await PostgresChangeSequence.TouchByIdAsync(connection, transaction, asset.AssetId, cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RightsHistoryEntry>> GetHistoryAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT id, who, at, source, before_json, after_json FROM rights_history WHERE asset_id = @id ORDER BY id;");
        command.Parameters.AddWithValue("id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<RightsHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new RightsHistoryEntry(
                reader.GetInt64(0),
                assetId,
                reader.GetString(1),
                PostgresRows.ParseTime(reader.GetString(2)),
                reader.GetString(3),
                Grants(reader.GetString(4)),
                Grants(reader.GetString(5))));
        }

        return result;
    }

    public async IAsyncEnumerable<AssetRights> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT r.asset_id, a.key, r.grants_json FROM asset_rights r JOIN assets a ON a.id = r.asset_id ORDER BY a.key COLLATE \"C\";");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AssetRights(reader.GetInt64(0), reader.GetString(1), Grants(reader.GetString(2)));
        }
    }

    private static List<RightsGrant> Grants(string json)
    {
        try
        {
            return PostgresJson.Deserialize<List<RightsGrant>>(json) ?? [];
        }
        catch (JsonException e)
        {
            throw new CatalogException("asset_rights", $"stored rights are damaged ({e.Message}); set them again with `assetbank rights set`", e);
        }
    }
}
