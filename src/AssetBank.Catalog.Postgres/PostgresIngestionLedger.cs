using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres;

/// <summary>The ingestion ledger in a PostgreSQL catalog.</summary>
public sealed class PostgresIngestionLedger(PostgresDatabase database, IAssetReader reader) : IIngestionLedger
{
    private const string VersionColumns = "etag, status, attempts, attempt_stage, attempt_peak_bytes";

    public async Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.NormalizePrefix(prefix);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            $"SELECT key, {VersionColumns} FROM assets WHERE status <> 'deleted' AND starts_with(key, @prefix);");
        command.Parameters.AddWithValue("prefix", normalized);
        var result = new Dictionary<string, CatalogVersion>(StringComparer.Ordinal);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            result[rows.GetString(0)] = ReadVersion(rows, 1);
        }

        return result;
    }

    public async Task<CatalogVersion?> GetVersionAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {VersionColumns} FROM assets WHERE key = @key AND status <> 'deleted';");
        command.Parameters.AddWithValue("key", key);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        return await rows.ReadAsync(cancellationToken) ? ReadVersion(rows, 0) : null;
    }

    public async Task RecordDiscoveredAsync(IReadOnlyList<StoredObject> objects, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        if (objects.Count == 0)
        {
            return;
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            // One statement per chunk from parallel arrays (a key listed twice: the last listing wins, as one by one would); DO UPDATE expressions see the old row as `assets`.
            foreach (var chunk in objects.GroupBy(o => o.Key, StringComparer.Ordinal).Select(g => g.Last()).Chunk(1000))
            {
                await using var command = PostgresDatabase.Command(connection, transaction, """
                    INSERT INTO assets (key, etag, size, store_last_modified, status, first_seen, last_seen)
                    SELECT k, e, s, m, 'pending', @seen, @seen FROM unnest(@keys, @etags, @sizes, @modified) AS o(k, e, s, m)
                    ON CONFLICT (key) DO UPDATE SET
                        status = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN 'pending' ELSE assets.status END,
                        failure_reason = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN NULL ELSE assets.failure_reason END,
                        attempts = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN 0 ELSE assets.attempts END,
                        etag = excluded.etag,
                        size = excluded.size,
                        store_last_modified = excluded.store_last_modified,
                        last_seen = excluded.last_seen;
                    """);
                command.Parameters.AddWithValue("seen", PostgresRows.Format(seenAt));
                command.Parameters.AddWithValue("keys", chunk.Select(o => o.Key).ToArray());
                command.Parameters.AddWithValue("etags", chunk.Select(o => o.ETag).ToArray());
                command.Parameters.AddWithValue("sizes", chunk.Select(o => o.Size).ToArray());
                command.Parameters.AddWithValue("modified", chunk.Select(o => PostgresRows.Format(o.LastModified)).ToArray());
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RecordAttemptAsync(string key, string stage, bool newAttempt, long peakMemoryBytes, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                UPDATE assets SET attempts = attempts + @increment, attempt_stage = @stage,
                    attempt_peak_bytes = greatest(attempt_peak_bytes, @peak)
                WHERE key = @key;
                """);
            command.Parameters.AddWithValue("increment", newAttempt ? 1 : 0);
            command.Parameters.AddWithValue("stage", stage);
            command.Parameters.AddWithValue("peak", peakMemoryBytes);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task ForgetAttemptAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, "UPDATE assets SET attempts = greatest(0, attempts - 1) WHERE key = @key;");
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task MarkDeletedAsync(IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var k in keys)
            {
                await using var command = PostgresDatabase.Command(connection, transaction,
                    "UPDATE assets SET status = 'deleted', last_seen = @at, attempts = 0 WHERE key = @key AND status <> 'deleted';");
                command.Parameters.AddWithValue("key", k);
                command.Parameters.AddWithValue("at", PostgresRows.Format(at));
                if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
                {
                    await PostgresChangeSequence.PurgeDerivedAsync(connection, transaction, k, cancellationToken);
                    await PostgresChangeSequence.TouchByKeyAsync(connection, transaction, k, cancellationToken);
                }
            }
        }, cancellationToken);
    }

    public async Task<Asset> SaveProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(derived);
        var id = await database.WriteAsync((connection, transaction) => SaveProcessedAsync(connection, transaction, asset, derived, cancellationToken), cancellationToken);
        return await reader.FindByIdAsync(id, cancellationToken)
            ?? throw new CatalogException(database.Location, $"asset '{asset.Key}' vanished right after it was saved");
    }

    public Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => MarkFailedAsync(connection, transaction, key, etag, reason, at, cancellationToken), cancellationToken);

    /// <summary>Saves a processed asset inside the caller's transaction (a job's completion commits with it).</summary>
    internal static async Task<long> SaveProcessedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, """
            INSERT INTO assets (key, etag, size, store_last_modified, content_sha256, kind, format, content_type, status,
                failure_reason, first_seen, last_seen, processed_at, external_id, client, project, channel, producer,
                created, ai_generated, license, source_library, title, description)
            VALUES (@key, @etag, @size, @modified, @sha, @kind, @format, @type, 'processed',
                NULL, @seen, @seen, @processed, @external, @client, @project, @channel, @producer,
                @created, @ai, @license, @source, @title, @description)
            ON CONFLICT (key) DO UPDATE SET
                etag = excluded.etag, size = excluded.size, store_last_modified = excluded.store_last_modified,
                content_sha256 = excluded.content_sha256, kind = excluded.kind, format = excluded.format,
                content_type = excluded.content_type, status = 'processed', failure_reason = NULL,
                last_seen = excluded.last_seen, processed_at = excluded.processed_at,
                external_id = coalesce(excluded.external_id, assets.external_id),
                client = excluded.client, project = excluded.project, channel = excluded.channel,
                producer = excluded.producer, created = excluded.created, ai_generated = excluded.ai_generated,
                license = excluded.license, source_library = excluded.source_library, title = excluded.title,
                description = excluded.description,
                attempts = 0, attempt_stage = NULL
            RETURNING id;
            """);
        var seen = asset.LastSeen == default ? DateTimeOffset.UtcNow : asset.LastSeen;
        var m = asset.Metadata;
        command.Parameters.AddWithValue("key", asset.Key);
        command.Parameters.AddWithValue("etag", asset.ETag);
        command.Parameters.AddWithValue("size", asset.Size);
        command.Parameters.AddWithValue("modified", PostgresRows.Format(asset.StoreLastModified));
        command.Parameters.AddWithValue("kind", AssetKindNames.ToWire(asset.Kind));
        command.Parameters.AddWithValue("format", asset.Format.ToString());
        command.Parameters.AddWithValue("seen", PostgresRows.Format(seen));
        command.Parameters.AddWithValue("processed", PostgresRows.Format(asset.ProcessedAt ?? seen));
        command.Parameters.AddWithValue("ai", m.AiGenerated ? 1 : 0);
        foreach (var (name, value) in new (string, string?)[]
        {
            ("sha", asset.ContentSha256), ("type", asset.ContentType), ("external", asset.ExternalId), ("client", m.Client),
            ("project", m.Project), ("channel", m.Channel), ("producer", m.Producer),
            ("created", m.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("license", m.License),
            ("source", m.SourceLibrary), ("title", m.Title), ("description", m.Description),
        })
        {
            command.Parameters.AddWithValue(name, NpgsqlDbType.Text, PostgresRows.OrNull(value));
        }

        var saved = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await PostgresDerivedData.WriteAsync(connection, transaction, saved, derived, cancellationToken);
        await PostgresChangeSequence.TouchByIdAsync(connection, transaction, saved, cancellationToken);
        return saved;
    }

    /// <summary>Marks an object version failed inside the caller's transaction.</summary>
    internal static async Task MarkFailedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, """
            INSERT INTO assets (key, etag, size, store_last_modified, status, failure_reason, first_seen, last_seen)
            VALUES (@key, @etag, 0, @at, 'failed', @reason, @at, @at)
            ON CONFLICT (key) DO UPDATE SET status = 'failed', failure_reason = excluded.failure_reason,
                etag = excluded.etag, last_seen = excluded.last_seen, attempts = 0;
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("etag", etag);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("at", PostgresRows.Format(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await PostgresChangeSequence.PurgeDerivedAsync(connection, transaction, key, cancellationToken);
        await PostgresChangeSequence.TouchByKeyAsync(connection, transaction, key, cancellationToken);
    }

    private static CatalogVersion ReadVersion(NpgsqlDataReader rows, int first) => new(
        rows.GetString(first),
        PostgresRows.ParseStatus(rows.GetString(first + 1)),
        rows.GetInt32(first + 2),
        rows.IsDBNull(first + 3) ? null : rows.GetString(first + 3),
        rows.GetInt64(first + 4));
}
