using System.Runtime.CompilerServices;
using System.Text.Json;
using AssetBank.Catalog.Sqlite.Rights;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Reads assets and their derived data from the embedded catalog.</summary>
public sealed class SqliteAssetReader(SqliteDatabase database) : IAssetReader
{
    private const string IndexableColumns = $"a.id, a.key, a.etag, a.size, a.store_last_modified, a.content_sha256, a.kind, a.format, a.content_type, a.status, a.failure_reason, a.first_seen, a.last_seen, a.processed_at, a.external_id, a.client, a.project, a.channel, a.producer, a.created, a.ai_generated, a.license, a.source_library, a.title, a.description, d.media_json, d.content_json, d.tags_json";

    public Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        FindOneAsync("key = $value", key, cancellationToken);

    public Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        FindOneAsync("id = $value", id, cancellationToken);

    public async IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (filter.Status is { } status)
        {
            where.Add("status = $status");
            command.Parameters.AddWithValue("$status", AssetRows.StatusName(status));
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

        command.CommandText = $"SELECT {AssetRows.Columns} FROM assets"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY key"
            + (filter.Limit is { } limit ? $" LIMIT {limit}" : string.Empty) + ";";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return AssetRows.Read(reader);
        }
    }

    public async Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, kind, count(*), coalesce(sum(size), 0) FROM assets GROUP BY status, kind;";
        var byKind = new Dictionary<AssetKind, int>();
        int processed = 0, pending = 0, failed = 0, deleted = 0;
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt32(2);
            switch (AssetRows.ParseStatus(reader.GetString(0)))
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

    public async Task<AssetDerivedData> GetDerivedAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.key, d.media_json, d.content_json, d.tags_json FROM asset_derived d JOIN assets a ON a.id = d.asset_id WHERE d.asset_id = $id;";
        command.Parameters.AddWithValue("$id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadDerived(reader, 1, reader.GetString(0)) : AssetDerivedData.None;
    }

    public async Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DerivedDataWriter.ReadHumanEditsAsync(connection, null, assetId, cancellationToken);
    }

    public async Task<TagSet?> GetEffectiveTagsAsync(long assetId, CancellationToken cancellationToken)
    {
        var key = (await FindByIdAsync(assetId, cancellationToken))?.Key ?? $"asset:{assetId}";
        var machine = (await GetDerivedAsync(assetId, cancellationToken)).Tags;
        var edits = await GetHumanTagEditsAsync(assetId, cancellationToken);
        return Effective(key, machine, edits);
    }

    public async Task<IReadOnlyList<IndexableAsset>> GetIndexableAsync(IReadOnlyList<long> assetIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assetIds);
        var result = new List<IndexableAsset>();
        if (assetIds.Count == 0)
        {
            return result;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in assetIds.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((id, i) =>
            {
                command.Parameters.AddWithValue($"$i{i}", id);
                return $"$i{i}";
            });
            command.CommandText = $"SELECT {IndexableColumns} FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id WHERE a.status = 'processed' AND a.id IN ({string.Join(',', names)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var asset = AssetRows.Read(reader);
                var derived = ReadDerived(reader, 25, asset.Key);
                var edits = await DerivedDataWriter.ReadHumanEditsAsync(connection, null, asset.Id, cancellationToken);
                result.Add(new IndexableAsset(asset, derived, Effective(asset.Key, derived.Tags, edits))
                {
                    Rights = await SqliteRightsStore.ReadAsync(connection, null, asset.Id, cancellationToken),
                });
            }
        }

        return result;
    }

    public async IAsyncEnumerable<IndexableAsset> StreamIndexableAsync(Action<string, string>? onDamaged, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var edited = new HashSet<long>();
        await using (var ids = connection.CreateCommand())
        {
            ids.CommandText = "SELECT DISTINCT asset_id FROM human_tag_edits;";
            await using var idReader = await ids.ExecuteReaderAsync(cancellationToken);
            while (await idReader.ReadAsync(cancellationToken))
            {
                edited.Add(idReader.GetInt64(0));
            }
        }

        var withRights = new HashSet<long>();
        await using (var ids = connection.CreateCommand())
        {
            ids.CommandText = "SELECT asset_id FROM asset_rights;";
            await using var idReader = await ids.ExecuteReaderAsync(cancellationToken);
            while (await idReader.ReadAsync(cancellationToken))
            {
                withRights.Add(idReader.GetInt64(0));
            }
        }

        await using var editConnection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {IndexableColumns} FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id WHERE a.status = 'processed' ORDER BY a.id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            IndexableAsset? item = null;
            var key = reader.IsDBNull(1) ? "?" : reader.GetString(1);
            try
            {
                var asset = AssetRows.Read(reader);
                var derived = ReadDerived(reader, 25, asset.Key);
                var edits = edited.Contains(asset.Id)
                    ? await DerivedDataWriter.ReadHumanEditsAsync(editConnection, null, asset.Id, cancellationToken)
                    : [];
                item = new IndexableAsset(asset, derived, Effective(asset.Key, derived.Tags, edits))
                {
                    Rights = withRights.Contains(asset.Id) ? await SqliteRightsStore.ReadAsync(editConnection, null, asset.Id, cancellationToken) : null,
                };
            }
            catch (Exception e) when (e is CatalogException or FormatException or InvalidCastException or ArgumentException or SqliteException)
            {
                onDamaged?.Invoke(key, e.Message);
            }

            if (item is not null)
            {
                yield return item;
            }
        }
    }

    internal static AssetDerivedData ReadDerived(SqliteDataReader reader, int first, string key)
    {
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        try
        {
            return new AssetDerivedData(
                CatalogJson.Deserialize<MediaAnalysis>(S(first)),
                CatalogJson.Deserialize<ExtractedContent>(S(first + 1)),
                CatalogJson.Deserialize<TagSet>(S(first + 2)));
        }
        catch (JsonException e)
        {
            throw new CatalogException(key, $"the stored derived data is damaged ({e.Message}); re-ingest the object with `assetbank ingest --retry-failed` after `assetbank check`", e);
        }
    }

    /// <summary>Machine tags overruled by human edits; an untagged asset still carries its people's tags (item id = its key).</summary>
    private static TagSet? Effective(string key, TagSet? machine, IReadOnlyList<HumanTagEdit> edits)
    {
        if (machine is null && edits.Count == 0)
        {
            return null;
        }

        var baseline = machine ?? new TagSet { ItemId = key, Tagger = "none", TaxonomyVersion = string.Empty };
        return TagMerger.Apply(baseline, edits);
    }

    private async Task<Asset?> FindOneAsync(string condition, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AssetRows.Columns} FROM assets WHERE {condition};";
        command.Parameters.AddWithValue("$value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? AssetRows.Read(reader) : null;
    }
}
