using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Gives changed assets the next number of the catalog's change sequence, inside the caller's transaction.</summary>
internal static class ChangeSequence
{
    /// <summary>Marks the asset with <paramref name="assetId"/> as changed.</summary>
    public static Task TouchByIdAsync(SqliteConnection connection, SqliteTransaction transaction, long assetId, CancellationToken cancellationToken) =>
        TouchAsync(connection, transaction, "id = $value", assetId, cancellationToken);

    /// <summary>Marks the asset with <paramref name="key"/> as changed.</summary>
    public static Task TouchByKeyAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken) =>
        TouchAsync(connection, transaction, "key = $value", key, cancellationToken);

    /// <summary>Removes what was derived from an asset's content (not people's tag decisions, which outlive versions).</summary>
    public static async Task PurgeDerivedAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM asset_derived WHERE asset_id = (SELECT id FROM assets WHERE key = $key);
            DELETE FROM shots WHERE asset_id = (SELECT id FROM assets WHERE key = $key);
            DELETE FROM asset_tags WHERE asset_id = (SELECT id FROM assets WHERE key = $key);
            """;
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task TouchAsync(SqliteConnection connection, SqliteTransaction transaction, string condition, object value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            UPDATE catalog_sequence SET value = value + 1 WHERE id = 1;
            UPDATE assets SET change_seq = (SELECT value FROM catalog_sequence WHERE id = 1) WHERE {condition};
            """;
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
