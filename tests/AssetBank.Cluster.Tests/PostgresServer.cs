using Npgsql;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// The real PostgreSQL of the test run (<c>tools/test-services/postgres.sh</c>, which test.sh starts and whose
/// <c>env</c> sets <see cref="VariableName"/>); each test gets a database of its own.
/// </summary>
internal static class PostgresServer
{
    public const string VariableName = "ASSETBANK_TEST_POSTGRES";

    public static string? AdminConnectionString { get; } = Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static void SkipUnlessConfigured() =>
        Skip.If(AdminConnectionString is null, $"{VariableName} is not set: run ./test.sh, or `tools/test-services/postgres.sh start && eval \"$(tools/test-services/postgres.sh env)\"` first");

    public static async Task<string> CreateDatabaseAsync(string? admin = null)
    {
        var name = "assetbank_cluster_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin ?? AdminConnectionString!, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8';");
        return new NpgsqlConnectionStringBuilder(admin ?? AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString, string? admin = null)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync(admin ?? AdminConnectionString!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    /// <summary>The tests' own connections are not pooled: a pooled one would not survive the restart test.</summary>
    public static string Unpooled(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
