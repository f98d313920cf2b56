using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Sqlite;

/// <summary>External id → key over the catalog's <c>ix_assets_external_id</c> index, in batches.</summary>
public sealed class SqliteExternalIdLookup(SqliteDatabase database) : IExternalIdLookup
{
    private const int BatchSize = 500;

    public async Task<IReadOnlyDictionary<string, string>> FindKeysAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var batch in externalIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            await using var command = connection.CreateCommand();
            var names = batch.Select((_, i) => "$e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT external_id, key FROM assets WHERE status <> 'deleted' AND external_id IN ({string.Join(", ", names)}) ORDER BY id;";
            for (var i = 0; i < batch.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], batch[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result.TryAdd(reader.GetString(0), reader.GetString(1));
            }
        }

        return result;
    }
}
