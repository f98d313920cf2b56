using AssetBank.Core.Errors;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Search;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.SavedSearches;

/// <summary>Saved searches in the embedded catalog; the query and its filters are kept as JSON.</summary>
public sealed class SqliteSavedSearchStore(SqliteDatabase database) : ISavedSearchStore
{
    public Task SaveAsync(SavedSearch search, Action<SavedSearch?> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(check);
        return database.WriteAsync(async (connection, transaction) =>
        {
            check(await ReadAsync(connection, transaction, search.Name, cancellationToken));
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO saved_searches (name, owner, query_json, saved_at, last_run_at) VALUES ($name, $owner, $query, $at, NULL)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, query_json = excluded.query_json, saved_at = excluded.saved_at, last_run_at = NULL;
                """;
            upsert.Parameters.AddWithValue("$name", search.Name);
            upsert.Parameters.AddWithValue("$owner", search.Owner);
            upsert.Parameters.AddWithValue("$query", CatalogJson.Serialize(search.Query)!);
            upsert.Parameters.AddWithValue("$at", AssetRows.Format(search.SavedAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<SavedSearch?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, name, cancellationToken);
    }

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, owner, query_json, saved_at, last_run_at FROM saved_searches ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<SavedSearch>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader, connection.DataSource));
        }

        return result;
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM saved_searches WHERE name = $name;";
            delete.Parameters.AddWithValue("$name", name);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task MarkRunAsync(string name, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE saved_searches SET last_run_at = $at WHERE name = $name;";
            update.Parameters.AddWithValue("$at", AssetRows.Format(at));
            update.Parameters.AddWithValue("$name", name);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static async Task<SavedSearch?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, owner, query_json, saved_at, last_run_at FROM saved_searches WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader, connection.DataSource) : null;
    }

    private static SavedSearch Read(SqliteDataReader reader, string source) => new()
    {
        Name = reader.GetString(0),
        Owner = reader.GetString(1),
        Query = CatalogJson.Deserialize<SearchQuery>(reader.GetString(2))
            ?? throw new CatalogException(source, $"saved search {reader.GetString(0)}: the stored query is empty"),
        SavedAt = AssetRows.ParseTime(reader.GetString(3)),
        LastRunAt = reader.IsDBNull(4) ? null : AssetRows.ParseTime(reader.GetString(4)),
    };
}
