using Npgsql;

namespace AssetBank.Catalog.Postgres;

/// <summary>
/// Gives changed assets the next number of the catalog's change sequence, inside the caller's transaction.
/// </summary>
/// <remarks>
/// A counter row, not a PostgreSQL SEQUENCE: its row lock makes numbers visible in commit order, so a search node that
/// has read up to N never misses a change numbered below N that committed later (a SEQUENCE would allow that).
/// </remarks>
internal static class PostgresChangeSequence
{
    public static Task TouchByIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long assetId, CancellationToken cancellationToken) =>
        TouchAsync(connection, transaction, "id = @value", assetId, cancellationToken);

    public static Task TouchByKeyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken) =>
        TouchAsync(connection, transaction, "key = @value", key, cancellationToken);

    /// <summary>Removes what was derived from an asset's content (not people's tag decisions, which outlive versions).</summary>
    public static async Task PurgeDerivedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, """
            DELETE FROM asset_derived WHERE asset_id = (SELECT id FROM assets WHERE key = @key);
            DELETE FROM shots WHERE asset_id = (SELECT id FROM assets WHERE key = @key);
            DELETE FROM asset_tags WHERE asset_id = (SELECT id FROM assets WHERE key = @key);
            """);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task TouchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string condition, object value, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, $"""
            WITH next AS (UPDATE catalog_sequence SET value = value + 1 WHERE id = 1 RETURNING value)
            UPDATE assets SET change_seq = (SELECT value FROM next) WHERE {condition};
            """);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
