using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Opens, migrates and checks the embedded catalog.</summary>
public sealed class SqliteCatalogMaintenance(SqliteDatabase database) : ICatalogMaintenance
{
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public async Task<CatalogCheckReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = await database.IntegrityCheckAsync(cancellationToken);
        var damaged = new List<KeyValuePair<string, string>>();
        var checkedCount = 0;
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT a.key, d.media_json, d.content_json, d.tags_json FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id ORDER BY a.id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                checkedCount++;
                var key = reader.IsDBNull(0) ? "?" : reader.GetString(0);
                try
                {
                    SqliteAssetReader.ReadDerived(reader, 1, key);
                }
                catch (CatalogException e)
                {
                    damaged.Add(new(key, e.Message));
                }
            }
        }
        catch (Exception e) when (e is SqliteException or CatalogException)
        {
            problems = [.. problems, $"reading the assets stopped after {checkedCount}: {e.Message}"];
        }

        return new CatalogCheckReport(problems, damaged, checkedCount);
    }
}
