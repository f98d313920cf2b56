using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Postgres;

/// <summary>External id → key over the catalog's <c>ix_assets_external_id</c> index, one array parameter per call.</summary>
public sealed class PostgresExternalIdLookup(PostgresDatabase database) : IExternalIdLookup
{
    public async Task<IReadOnlyDictionary<string, string>> FindKeysAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (externalIds.Count == 0)
        {
            return result;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT external_id, key FROM assets WHERE status <> 'deleted' AND external_id = ANY(@ids) ORDER BY id;");
        command.Parameters.AddWithValue("ids", externalIds.Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.TryAdd(reader.GetString(0), reader.GetString(1));
        }

        return result;
    }
}
