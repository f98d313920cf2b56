using AssetBank.Core.Tagging;

namespace AssetBank.Catalog.Sqlite;

/// <summary>
/// Tag results by content hash + taxonomy version + model, in the catalog database, so re-ingesting unchanged content
/// costs no model calls even across runs.
/// </summary>
public sealed class SqliteTagCache(SqliteDatabase database) : ITagCache
{
    public async Task<TagSet?> GetAsync(TagCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tags_json FROM tag_cache WHERE cache_key = $key;";
        command.Parameters.AddWithValue("$key", key.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? CatalogJson.Deserialize<TagSet>(json) : null;
    }

    public Task SetAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tags);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO tag_cache (cache_key, tags_json, created_at) VALUES ($key, $json, $at)
                ON CONFLICT(cache_key) DO UPDATE SET tags_json = excluded.tags_json, created_at = excluded.created_at;
                """;
            command.Parameters.AddWithValue("$key", key.ToString());
            command.Parameters.AddWithValue("$json", CatalogJson.Serialize(tags)!);
            command.Parameters.AddWithValue("$at", AssetRows.Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
