using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Sqlite;

/// <summary>The embedded catalog: one SQLite file in WAL mode, migrated on start.</summary>
/// <remarks>
/// Readers use pooled connections concurrently; writers are serialised in-process by one lock so that
/// concurrent ingestion workers never meet SQLITE_BUSY, and each item's write is one transaction.
/// </remarks>
public sealed class SqliteAssetCatalog : IAssetCatalog, IDisposable
{
    private const string AssetColumns = """
        id, key, etag, size, store_last_modified, content_sha256, kind, format, content_type, status, failure_reason,
        first_seen, last_seen, processed_at, external_id, client, project, channel, producer, created, ai_generated,
        license, source_library, title
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile bool _initialized;

    public SqliteAssetCatalog(IOptions<SqliteCatalogOptions> options)
        : this(options?.Value.Path ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public SqliteAssetCatalog(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var folder = System.IO.Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                await using var connection = await OpenRawAsync(cancellationToken);
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
                var current = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
                var latest = Migrations.All[^1].Version;
                if (current > latest)
                {
                    throw new CatalogException(DatabasePath, $"schema version {current} is newer than this build knows ({latest}); upgrade AssetBank");
                }

                foreach (var migration in Migrations.All.Where(m => m.Version > current))
                {
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction);
                    await ExecuteAsync(connection, $"PRAGMA user_version = {migration.Version};", cancellationToken, transaction);
                    await transaction.CommitAsync(cancellationToken);
                }

                _initialized = true;
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (SqliteException e)
        {
            throw new CatalogException(DatabasePath, $"cannot open or migrate the database: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException(DatabasePath, $"cannot create the database: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyDictionary<string, CatalogVersion>> GetVersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.NormalizePrefix(prefix);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag, status FROM assets WHERE status <> 'deleted' AND substr(key, 1, length($prefix)) = $prefix;";
        command.Parameters.AddWithValue("$prefix", normalized);
        var result = new Dictionary<string, CatalogVersion>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new CatalogVersion(reader.GetString(1), ParseStatus(reader.GetString(2)));
        }

        return result;
    }

    public async Task RecordDiscoveredAsync(IReadOnlyList<StoredObject> objects, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        if (objects.Count == 0)
        {
            return;
        }

        await WriteAsync(async (connection, transaction) =>
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
                    etag = excluded.etag,
                    size = excluded.size,
                    store_last_modified = excluded.store_last_modified,
                    last_seen = excluded.last_seen;
                """;
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var etag = command.Parameters.Add("$etag", SqliteType.Text);
            var size = command.Parameters.Add("$size", SqliteType.Integer);
            var modified = command.Parameters.Add("$modified", SqliteType.Text);
            command.Parameters.AddWithValue("$seen", Format(seenAt));
            foreach (var item in objects)
            {
                key.Value = item.Key;
                etag.Value = item.ETag;
                size.Value = item.Size;
                modified.Value = Format(item.LastModified);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task MarkDeletedAsync(IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE assets SET status = 'deleted', last_seen = $at WHERE key = $key AND status <> 'deleted';";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            command.Parameters.AddWithValue("$at", Format(at));
            foreach (var k in keys)
            {
                key.Value = k;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task<Asset> SaveProcessedAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(derived);
        long id = 0;
        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO assets (key, etag, size, store_last_modified, content_sha256, kind, format, content_type, status,
                    failure_reason, first_seen, last_seen, processed_at, external_id, client, project, channel, producer,
                    created, ai_generated, license, source_library, title)
                VALUES ($key, $etag, $size, $modified, $sha, $kind, $format, $type, 'processed',
                    NULL, $seen, $seen, $processed, $external, $client, $project, $channel, $producer,
                    $created, $ai, $license, $source, $title)
                ON CONFLICT(key) DO UPDATE SET
                    etag = excluded.etag, size = excluded.size, store_last_modified = excluded.store_last_modified,
                    content_sha256 = excluded.content_sha256, kind = excluded.kind, format = excluded.format,
                    content_type = excluded.content_type, status = 'processed', failure_reason = NULL,
                    last_seen = excluded.last_seen, processed_at = excluded.processed_at,
                    external_id = coalesce(excluded.external_id, assets.external_id),
                    client = excluded.client, project = excluded.project, channel = excluded.channel,
                    producer = excluded.producer, created = excluded.created, ai_generated = excluded.ai_generated,
                    license = excluded.license, source_library = excluded.source_library, title = excluded.title
                RETURNING id;
                """;
            var seen = asset.LastSeen == default ? DateTimeOffset.UtcNow : asset.LastSeen;
            command.Parameters.AddWithValue("$key", asset.Key);
            command.Parameters.AddWithValue("$etag", asset.ETag);
            command.Parameters.AddWithValue("$size", asset.Size);
            command.Parameters.AddWithValue("$modified", Format(asset.StoreLastModified));
            command.Parameters.AddWithValue("$sha", (object?)asset.ContentSha256 ?? DBNull.Value);
            command.Parameters.AddWithValue("$kind", AssetKindNames.ToWire(asset.Kind));
            command.Parameters.AddWithValue("$format", asset.Format.ToString());
            command.Parameters.AddWithValue("$type", (object?)asset.ContentType ?? DBNull.Value);
            command.Parameters.AddWithValue("$seen", Format(seen));
            command.Parameters.AddWithValue("$processed", Format(asset.ProcessedAt ?? seen));
            command.Parameters.AddWithValue("$external", (object?)asset.ExternalId ?? DBNull.Value);
            var m = asset.Metadata;
            command.Parameters.AddWithValue("$client", (object?)m.Client ?? DBNull.Value);
            command.Parameters.AddWithValue("$project", (object?)m.Project ?? DBNull.Value);
            command.Parameters.AddWithValue("$channel", (object?)m.Channel ?? DBNull.Value);
            command.Parameters.AddWithValue("$producer", (object?)m.Producer ?? DBNull.Value);
            command.Parameters.AddWithValue("$created", (object?)m.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            command.Parameters.AddWithValue("$ai", m.AiGenerated ? 1 : 0);
            command.Parameters.AddWithValue("$license", (object?)m.License ?? DBNull.Value);
            command.Parameters.AddWithValue("$source", (object?)m.SourceLibrary ?? DBNull.Value);
            command.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
            id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await DerivedDataWriter.WriteAsync(connection, transaction, id, derived, cancellationToken);
        }, cancellationToken);

        return await FindByIdAsync(id, cancellationToken)
            ?? throw new CatalogException(DatabasePath, $"asset '{asset.Key}' vanished right after it was saved");
    }

    public async Task<AssetDerivedData> GetDerivedAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT media_json, content_json, tags_json FROM asset_derived WHERE asset_id = $id;";
        command.Parameters.AddWithValue("$id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return AssetDerivedData.None;
        }

        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new AssetDerivedData(
            CatalogJson.Deserialize<MediaAnalysis>(S(0)),
            CatalogJson.Deserialize<ExtractedContent>(S(1)),
            CatalogJson.Deserialize<TagSet>(S(2)));
    }

    public async Task SaveTagsAsync(long assetId, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO asset_derived (asset_id, tags_json, updated_at) VALUES ($id, $tags, $at)
                ON CONFLICT(asset_id) DO UPDATE SET tags_json = excluded.tags_json, updated_at = excluded.updated_at;
                """;
            command.Parameters.AddWithValue("$id", assetId);
            command.Parameters.AddWithValue("$tags", CatalogJson.Serialize(tags)!);
            command.Parameters.AddWithValue("$at", Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await DerivedDataWriter.WriteEffectiveTagsAsync(connection, transaction, assetId, tags, cancellationToken);
        }, cancellationToken);
    }

    public async Task AddHumanTagEditAsync(long assetId, HumanTagEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var machine = (await GetDerivedAsync(assetId, cancellationToken)).Tags;
        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO human_tag_edits (asset_id, item_id, action, dimension, term_id, label, note, who, at)
                VALUES ($id, $item, $action, $dimension, $term, $label, $note, $who, $at);
                """;
            command.Parameters.AddWithValue("$id", assetId);
            command.Parameters.AddWithValue("$item", edit.ItemId);
            command.Parameters.AddWithValue("$action", edit.Action.ToString());
            command.Parameters.AddWithValue("$dimension", edit.Dimension.ToString());
            command.Parameters.AddWithValue("$term", edit.TermId);
            command.Parameters.AddWithValue("$label", (object?)edit.Label ?? DBNull.Value);
            command.Parameters.AddWithValue("$note", (object?)edit.Note ?? DBNull.Value);
            command.Parameters.AddWithValue("$who", edit.Who);
            command.Parameters.AddWithValue("$at", Format(edit.When));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await DerivedDataWriter.WriteEffectiveTagsAsync(connection, transaction, assetId, machine, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await DerivedDataWriter.ReadHumanEditsAsync(connection, null, assetId, cancellationToken);
    }

    public async Task<TagSet?> GetEffectiveTagsAsync(long assetId, CancellationToken cancellationToken)
    {
        var machine = (await GetDerivedAsync(assetId, cancellationToken)).Tags;
        var edits = await GetHumanTagEditsAsync(assetId, cancellationToken);
        if (machine is null && edits.Count == 0)
        {
            return null;
        }

        var baseline = machine ?? new TagSet { ItemId = $"asset:{assetId}", Tagger = "none", TaxonomyVersion = string.Empty };
        return TagMerger.Apply(baseline, edits);
    }

    public async Task MarkFailedAsync(string key, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO assets (key, etag, size, store_last_modified, status, failure_reason, first_seen, last_seen)
                VALUES ($key, $etag, 0, $at, 'failed', $reason, $at, $at)
                ON CONFLICT(key) DO UPDATE SET status = 'failed', failure_reason = excluded.failure_reason,
                    etag = excluded.etag, last_seen = excluded.last_seen;
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$at", Format(at));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        FindOneAsync("key = $value", key, cancellationToken);

    public Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        FindOneAsync("id = $value", id, cancellationToken);

    public async IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (filter.Status is { } status)
        {
            where.Add("status = $status");
            command.Parameters.AddWithValue("$status", StatusName(status));
        }

        if (filter.Kind is { } kind)
        {
            where.Add("kind = $kind");
            command.Parameters.AddWithValue("$kind", AssetKindNames.ToWire(kind));
        }

        if (!string.IsNullOrEmpty(filter.KeyPrefix))
        {
            where.Add("substr(key, 1, length($prefix)) = $prefix");
            command.Parameters.AddWithValue("$prefix", filter.KeyPrefix);
        }

        command.CommandText = $"SELECT {AssetColumns} FROM assets"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY key"
            + (filter.Limit is { } limit ? $" LIMIT {limit}" : string.Empty) + ";";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadAsset(reader);
        }
    }

    public async Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, kind, count(*), coalesce(sum(size), 0) FROM assets GROUP BY status, kind;";
        var byKind = new Dictionary<AssetKind, int>();
        int processed = 0, pending = 0, failed = 0, deleted = 0;
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt32(2);
            switch (ParseStatus(reader.GetString(0)))
            {
                case AssetStatus.Processed:
                    processed += count;
                    bytes += reader.GetInt64(3);
                    var kind = AssetKindNames.FromWire(reader.GetString(1));
                    byKind[kind] = byKind.GetValueOrDefault(kind) + count;
                    break;
                case AssetStatus.Pending:
                    pending += count;
                    break;
                case AssetStatus.Failed:
                    failed += count;
                    break;
                case AssetStatus.Deleted:
                    deleted += count;
                    break;
            }
        }

        return new CatalogSummary(byKind, processed, pending, failed, deleted, bytes);
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private async Task<Asset?> FindOneAsync(string condition, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AssetColumns} FROM assets WHERE {condition};";
        command.Parameters.AddWithValue("$value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadAsset(reader) : null;
    }

    private async Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenRawAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new CatalogException(DatabasePath, $"write failed: {e.Message}", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Opens a connection to a catalog that is known to be migrated (migrating it on first use).</summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL + NORMAL: a process crash (kill -9) loses nothing committed; only a power cut can lose the last
            // commits, which a re-run of discovery restores. FULL would fsync every item and cap ingest at ~200/s.
            await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static Asset ReadAsset(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Asset
        {
            Id = r.GetInt64(0),
            Key = r.GetString(1),
            ETag = r.GetString(2),
            Size = r.GetInt64(3),
            StoreLastModified = ParseTime(r.GetString(4)),
            ContentSha256 = S(5),
            Kind = AssetKindNames.FromWire(r.GetString(6)),
            Format = Enum.TryParse<ContentFormat>(S(7), out var format) ? format : ContentFormat.Unknown,
            ContentType = S(8),
            Status = ParseStatus(r.GetString(9)),
            FailureReason = S(10),
            FirstSeen = ParseTime(r.GetString(11)),
            LastSeen = ParseTime(r.GetString(12)),
            ProcessedAt = S(13) is { } processed ? ParseTime(processed) : null,
            ExternalId = S(14),
            Metadata = new AssetMetadata(
                S(15),
                S(16),
                S(17),
                S(18),
                S(19) is { } created ? DateOnly.ParseExact(created, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                r.GetInt64(20) != 0,
                S(21),
                S(22),
                S(23)),
        };
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string StatusName(AssetStatus status) => status.ToString().ToLowerInvariant();

    private static AssetStatus ParseStatus(string value) =>
        Enum.TryParse<AssetStatus>(value, ignoreCase: true, out var status) ? status : AssetStatus.Pending;
}
