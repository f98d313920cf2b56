using Npgsql;

namespace AssetBank.Catalog.Postgres.Tests;

/// <summary>
/// The real PostgreSQL the tests run against: <c>tools/test-services/postgres.sh start</c>, whose <c>env</c> prints
/// <see cref="VariableName"/>. test.sh always sets it; without it the tests are skipped and say why.
/// </summary>
internal static class PostgresTestServer
{
    public const string VariableName = "ASSETBANK_TEST_POSTGRES";

    /// <summary>The admin connection string (a superuser on a maintenance database), or null when not configured.</summary>
    public static string? AdminConnectionString { get; } = Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static string? UnavailableReason => AdminConnectionString is null
        ? $"{VariableName} is not set: run ./test.sh, or `tools/test-services/postgres.sh start && eval \"$(tools/test-services/postgres.sh env)\"` first"
        : null;

    /// <summary>Creates an empty database of its own for one test and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "assetbank_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8';", admin);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", admin);
        await command.ExecuteNonQueryAsync();
    }
}
