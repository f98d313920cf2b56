using AssetBank.Core.Tagging;

namespace AssetBank.Catalog.Postgres;

/// <summary>Tag results by content hash + taxonomy version + model, shared by every worker that reaches the catalog.</summary>
public sealed class PostgresTagCache(PostgresDatabase database) : ITagCache
{
    public async Task<TagSet?> GetAsync(TagCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT tags_json FROM tag_cache WHERE cache_key = @key;");
        command.Parameters.AddWithValue("key", key.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? PostgresJson.Deserialize<TagSet>(json) : null;
    }

    public Task SetAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tags);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO tag_cache (cache_key, tags_json, created_at) VALUES (@key, @json, @at)
                ON CONFLICT (cache_key) DO UPDATE SET tags_json = excluded.tags_json, created_at = excluded.created_at;
                """);
            command.Parameters.AddWithValue("key", key.ToString());
            command.Parameters.AddWithValue("json", PostgresJson.Serialize(tags)!);
            command.Parameters.AddWithValue("at", PostgresRows.Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
