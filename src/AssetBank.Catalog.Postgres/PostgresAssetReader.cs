using System.Runtime.CompilerServices;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Npgsql;

namespace AssetBank.Catalog.Postgres;

/// <summary>Reads assets and their derived data from a PostgreSQL catalog.</summary>
public sealed class PostgresAssetReader(PostgresDatabase database) : IAssetReader
{
    private const string IndexableColumns = PostgresRows.Columns + ", d.media_json, d.content_json, d.tags_json";

    public Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        FindOneAsync("a.key = @value", key, cancellationToken);

    public Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        FindOneAsync("a.id = @value", id, cancellationToken);

    public async IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (filter.Status is { } status)
        {
            where.Add("a.status = @status");
            command.Parameters.AddWithValue("status", PostgresRows.StatusName(status));
        }

        if (filter.Kind is { } kind)
        {
            where.Add("a.kind = @kind");
            command.Parameters.AddWithValue("kind", AssetKindNames.ToWire(kind));
        }

        if (!string.IsNullOrEmpty(filter.KeyPrefix))
        {
            where.Add("starts_with(a.key, @prefix)");
            command.Parameters.AddWithValue("prefix", filter.KeyPrefix);
        }

        // COLLATE "C": the embedded catalog orders keys by their bytes; so does this one, whatever the database's locale.
        command.CommandText = $"SELECT {PostgresRows.Columns} FROM assets a"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY a.key COLLATE \"C\""
            + (filter.Limit is { } limit ? $" LIMIT {limit}" : string.Empty) + ";";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return PostgresRows.Read(reader);
        }
    }

    public async Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT status, kind, count(*), coalesce(sum(size), 0)::bigint FROM assets GROUP BY status, kind;");
        var byKind = new Dictionary<AssetKind, int>();
        int processed = 0, pending = 0, failed = 0, deleted = 0;
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = checked((int)reader.GetInt64(2));
            switch (PostgresRows.ParseStatus(reader.GetString(0)))
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
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT a.key, d.media_json, d.content_json, d.tags_json FROM asset_derived d JOIN assets a ON a.id = d.asset_id WHERE d.asset_id = @id;");
        command.Parameters.AddWithValue("id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? PostgresDerivedData.Read(reader, 1, reader.GetString(0)) : AssetDerivedData.None;
    }

    public async Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresDerivedData.ReadHumanEditsAsync(connection, null, assetId, cancellationToken);
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
        await using var details = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            $"SELECT {IndexableColumns} FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id WHERE a.status = 'processed' AND a.id = ANY(@ids) ORDER BY a.id;");
        command.Parameters.AddWithValue("ids", assetIds.Distinct().ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(await ReadIndexableAsync(reader, details, cancellationToken));
        }

        return result;
    }

    public async IAsyncEnumerable<IndexableAsset> StreamIndexableAsync(Action<string, string>? onDamaged, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var details = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            $"SELECT {IndexableColumns} FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id WHERE a.status = 'processed' ORDER BY a.id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            IndexableAsset? item = null;
            var key = reader.IsDBNull(1) ? "?" : reader.GetString(1);
            try
            {
                item = await ReadIndexableAsync(reader, details, cancellationToken);
            }
            catch (Exception e) when (e is CatalogException or FormatException or InvalidCastException or ArgumentException)
            {
                onDamaged?.Invoke(key, e.Message);
            }

            if (item is not null)
            {
                yield return item;
            }
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

    private static async Task<IndexableAsset> ReadIndexableAsync(NpgsqlDataReader reader, NpgsqlConnection details, CancellationToken cancellationToken)
    {
        var asset = PostgresRows.Read(reader);
        var derived = PostgresDerivedData.Read(reader, 25, asset.Key);
        var edits = await PostgresDerivedData.ReadHumanEditsAsync(details, null, asset.Id, cancellationToken);
        return new IndexableAsset(asset, derived, Effective(asset.Key, derived.Tags, edits))
        {
            Rights = await PostgresDerivedData.ReadRightsAsync(details, asset.Id, cancellationToken),
        };
    }

    private async Task<Asset?> FindOneAsync(string condition, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {PostgresRows.Columns} FROM assets a WHERE {condition};");
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? PostgresRows.Read(reader) : null;
    }
}
