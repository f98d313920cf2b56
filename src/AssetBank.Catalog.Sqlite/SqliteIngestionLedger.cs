using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>The ingestion ledger in the embedded catalog.</summary>
public sealed class SqliteIngestionLedger(SqliteDatabase database, IAssetReader reader) : IIngestionLedger
{
    private const string VersionColumns = "etag, status, attempts, attempt_stage, attempt_peak_bytes";

    public async Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.NormalizePrefix(prefix);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, {VersionColumns} FROM assets WHERE status <> 'deleted' AND substr(key, 1, length($prefix)) = $prefix;";
        command.Parameters.AddWithValue("$prefix", normalized);
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {VersionColumns} FROM assets WHERE key = $key AND status <> 'deleted';";
        command.Parameters.AddWithValue("$key", key);
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
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // UPDATE expressions see the old row, so the CASEs compare the stored ETag with the listed one.
            command.CommandText = """
                INSERT INTO assets (key, etag, size, store_last_modified, status, first_seen, last_seen)
                VALUES ($key, $etag, $size, $modified, 'pending', $seen, $seen)
                ON CONFLICT(key) DO UPDATE SET
                    status = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN 'pending' ELSE assets.status END,
                    failure_reason = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN NULL ELSE assets.failure_reason END,
                    attempts = CASE WHEN assets.etag <> excluded.etag OR assets.status = 'deleted' THEN 0 ELSE assets.attempts END,
                    etag = excluded.etag,
                    size = excluded.size,
                    store_last_modified = excluded.store_last_modified,
                    last_seen = excluded.last_seen;
                """;
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var etag = command.Parameters.Add("$etag", SqliteType.Text);
            var size = command.Parameters.Add("$size", SqliteType.Integer);
            var modified = command.Parameters.Add("$modified", SqliteType.Text);
            command.Parameters.AddWithValue("$seen", AssetRows.Format(seenAt));
            foreach (var item in objects)
            {
                key.Value = item.Key;
                etag.Value = item.ETag;
                size.Value = item.Size;
                modified.Value = AssetRows.Format(item.LastModified);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RecordAttemptAsync(string key, string stage, bool newAttempt, long peakMemoryBytes, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE assets SET attempts = attempts + $increment, attempt_stage = $stage,
                    attempt_peak_bytes = max(attempt_peak_bytes, $peak)
                WHERE key = $key;
                """;
            command.Parameters.AddWithValue("$increment", newAttempt ? 1 : 0);
            command.Parameters.AddWithValue("$stage", stage);
            command.Parameters.AddWithValue("$peak", peakMemoryBytes);
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task ForgetAttemptAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE assets SET attempts = max(0, attempts - 1) WHERE key = $key;";
            command.Parameters.AddWithValue("$key", key);
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
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE assets SET status = 'deleted', last_seen = $at, attempts = 0 WHERE key = $key AND status <> 'deleted';";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            command.Parameters.AddWithValue("$at", AssetRows.Format(at));
            foreach (var k in keys)
            {
                key.Value = k;
                if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
                {
                    await ChangeSequence.PurgeDerivedAsync(connection, transaction, k, cancellationToken);
                    await ChangeSequence.TouchByKeyAsync(connection, transaction, k, cancellationToken);
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
            ?? throw new CatalogException(database.DatabasePath, $"asset '{asset.Key}' vanished right after it was saved");
    }

    public Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => MarkFailedAsync(connection, transaction, key, etag, reason, at, cancellationToken), cancellationToken);

    /// <summary>Saves a processed asset and its derived data inside the caller's transaction; returns its id.</summary>
    internal static async Task<long> SaveProcessedAsync(SqliteConnection connection, SqliteTransaction transaction, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO assets (key, etag, size, store_last_modified, content_sha256, kind, format, content_type, status,
                failure_reason, first_seen, last_seen, processed_at, external_id, client, project, channel, producer,
                created, ai_generated, license, source_library, title, description)
            VALUES ($key, $etag, $size, $modified, $sha, $kind, $format, $type, 'processed',
                NULL, $seen, $seen, $processed, $external, $client, $project, $channel, $producer,
                $created, $ai, $license, $source, $title, $description)
            ON CONFLICT(key) DO UPDATE SET
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
            """;
        var seen = asset.LastSeen == default ? DateTimeOffset.UtcNow : asset.LastSeen;
        command.Parameters.AddWithValue("$key", asset.Key);
        command.Parameters.AddWithValue("$etag", asset.ETag);
        command.Parameters.AddWithValue("$size", asset.Size);
        command.Parameters.AddWithValue("$modified", AssetRows.Format(asset.StoreLastModified));
        command.Parameters.AddWithValue("$sha", (object?)asset.ContentSha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", AssetKindNames.ToWire(asset.Kind));
        command.Parameters.AddWithValue("$format", asset.Format.ToString());
        command.Parameters.AddWithValue("$type", (object?)asset.ContentType ?? DBNull.Value);
        command.Parameters.AddWithValue("$seen", AssetRows.Format(seen));
        command.Parameters.AddWithValue("$processed", AssetRows.Format(asset.ProcessedAt ?? seen));
        command.Parameters.AddWithValue("$external", (object?)asset.ExternalId ?? DBNull.Value);
        AssetRows.AddMetadataParameters(command, asset.Metadata);
        var saved = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await DerivedDataWriter.WriteAsync(connection, transaction, saved, derived, cancellationToken);
        await ChangeSequence.TouchByIdAsync(connection, transaction, saved, cancellationToken);
        return saved;
    }

    /// <summary>Records an object version as failed inside the caller's transaction.</summary>
    internal static async Task MarkFailedAsync(SqliteConnection connection, SqliteTransaction transaction, string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO assets (key, etag, size, store_last_modified, status, failure_reason, first_seen, last_seen)
            VALUES ($key, $etag, 0, $at, 'failed', $reason, $at, $at)
            ON CONFLICT(key) DO UPDATE SET status = 'failed', failure_reason = excluded.failure_reason,
                etag = excluded.etag, last_seen = excluded.last_seen, attempts = 0;
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", AssetRows.Format(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await ChangeSequence.PurgeDerivedAsync(connection, transaction, key, cancellationToken);
        await ChangeSequence.TouchByKeyAsync(connection, transaction, key, cancellationToken);
    }

    private static CatalogVersion ReadVersion(SqliteDataReader rows, int first) => new(
        rows.GetString(first),
        AssetRows.ParseStatus(rows.GetString(first + 1)),
        rows.GetInt32(first + 2),
        rows.IsDBNull(first + 3) ? null : rows.GetString(first + 3),
        rows.GetInt64(first + 4));
}
