using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Reads the warnings kept in the derived data's JSON (media and extracted content) straight from SQL.</summary>
public sealed class SqliteAssetWarnings(SqliteDatabase database) : IAssetWarnings
{
    // A damaged JSON cell yields no warnings here instead of failing the status; `assetbank check` names it.
    private const string Query = """
        SELECT a.key, 'media', w.value
        FROM assets a JOIN asset_derived d ON d.asset_id = a.id,
             json_each(CASE WHEN json_valid(d.media_json) THEN d.media_json ELSE '{}' END, '$.Warnings') w
        WHERE a.status = 'processed'
        UNION ALL
        SELECT a.key, 'content', w.value
        FROM assets a JOIN asset_derived d ON d.asset_id = a.id,
             json_each(CASE WHEN json_valid(d.content_json) THEN d.content_json ELSE '{}' END, '$.Warnings') w
        WHERE a.status = 'processed'
        ORDER BY 1, 2;
        """;

    public async Task<IReadOnlyList<AssetWarning>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<AssetWarning>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new AssetWarning(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? string.Empty : Convert.ToString(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return result;
    }
}
