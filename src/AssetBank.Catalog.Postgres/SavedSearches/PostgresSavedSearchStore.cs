using System.Data.Common;
using AssetBank.Core.Errors;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Search;
using Npgsql;

namespace AssetBank.Catalog.Postgres.SavedSearches;

/// <summary>Saved searches in a PostgreSQL catalog; the query and its filters are kept as JSON.</summary>
public sealed class PostgresSavedSearchStore(PostgresDatabase database) : ISavedSearchStore
{
    private const string LockScope = "assetbank:saved-searches";
    private const string Columns = "name, owner, query_json, saved_at, last_run_at";

    public Task SaveAsync(SavedSearch search, Action<SavedSearch?> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(check);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // The check (e.g. only the owner replaces a search) must see a search saved a moment ago by another process,
            // even one that did not exist when this transaction began: a row lock cannot cover that, the advisory lock does.
            await PostgresWriteLocks.LockAsync(connection, transaction, LockScope, cancellationToken);
            check(await ReadAsync(connection, search.Name, cancellationToken));
            await using var upsert = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO saved_searches (name, owner, query_json, saved_at, last_run_at) VALUES (@name, @owner, @query, @at, NULL)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, query_json = excluded.query_json, saved_at = excluded.saved_at, last_run_at = NULL;
                """);
            upsert.Parameters.AddWithValue("name", search.Name);
            upsert.Parameters.AddWithValue("owner", search.Owner);
            upsert.Parameters.AddWithValue("query", PostgresJson.Serialize(search.Query)!);
            upsert.Parameters.AddWithValue("at", PostgresRows.Format(search.SavedAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<SavedSearch?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, name, cancellationToken);
    }

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {Columns} FROM saved_searches ORDER BY lower(name) COLLATE \"C\";");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<SavedSearch>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = PostgresDatabase.Command(connection, transaction, "DELETE FROM saved_searches WHERE name = @name;");
            delete.Parameters.AddWithValue("name", name);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task MarkRunAsync(string name, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = PostgresDatabase.Command(connection, transaction, "UPDATE saved_searches SET last_run_at = @at WHERE name = @name;");
            update.Parameters.AddWithValue("at", PostgresRows.Format(at));
            update.Parameters.AddWithValue("name", name);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static async Task<SavedSearch?> ReadAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {Columns} FROM saved_searches WHERE name = @name;");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static SavedSearch Read(DbDataReader reader) => new()
    {
        Name = reader.GetString(0),
        Owner = reader.GetString(1),
        Query = PostgresJson.Deserialize<SearchQuery>(reader.GetString(2))
            ?? throw new CatalogException("saved_searches", $"saved search {reader.GetString(0)}: the stored query is empty"),
        SavedAt = PostgresRows.ParseTime(reader.GetString(3)),
        LastRunAt = reader.IsDBNull(4) ? null : PostgresRows.ParseTime(reader.GetString(4)),
    };
}
