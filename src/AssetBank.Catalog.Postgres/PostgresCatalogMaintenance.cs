using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using Npgsql;

namespace AssetBank.Catalog.Postgres;

/// <summary>Migrates and checks a PostgreSQL catalog (the server guards its own pages; this reads every derived row).</summary>
public sealed class PostgresCatalogMaintenance(PostgresDatabase database) : ICatalogMaintenance
{
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public async Task<CatalogCheckReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var damaged = new List<KeyValuePair<string, string>>();
        var checkedCount = 0;
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = PostgresDatabase.Command(connection, null,
                "SELECT a.key, d.media_json, d.content_json, d.tags_json FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id ORDER BY a.id;");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                checkedCount++;
                var key = reader.GetString(0);
                try
                {
                    PostgresDerivedData.Read(reader, 1, key);
                }
                catch (CatalogException e)
                {
                    damaged.Add(new(key, e.Message));
                }
            }
        }
        catch (Exception e) when (e is NpgsqlException or CatalogException)
        {
            problems.Add($"reading the assets stopped after {checkedCount}: {e.Message}");
        }

        return new CatalogCheckReport(problems, damaged, checkedCount);
    }
}
