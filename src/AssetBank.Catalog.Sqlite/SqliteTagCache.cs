using System.Globalization;
using AssetBank.Core.Tagging;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>
/// Tag results by content hash + taxonomy version + model, in the catalog database, so re-ingesting unchanged content
/// costs no model calls even across runs.
/// </summary>
public sealed class SqliteTagCache(SqliteAssetCatalog catalog) : ITagCache
{
    public async Task<TagSet?> GetAsync(TagCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await catalog.InitializeAsync(cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={catalog.DatabasePath}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tags_json FROM tag_cache WHERE cache_key = $key;";
        command.Parameters.AddWithValue("$key", key.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? CatalogJson.Deserialize<TagSet>(json) : null;
    }

    public async Task SetAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tags);
        await catalog.InitializeAsync(cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={catalog.DatabasePath};Default Timeout=30");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tag_cache (cache_key, tags_json, created_at) VALUES ($key, $json, $at)
            ON CONFLICT(cache_key) DO UPDATE SET tags_json = excluded.tags_json, created_at = excluded.created_at;
            """;
        command.Parameters.AddWithValue("$key", key.ToString());
        command.Parameters.AddWithValue("$json", CatalogJson.Serialize(tags)!);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
