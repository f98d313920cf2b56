using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres;

/// <summary>Typed parameters for values that may be null (an untyped null cannot be inferred in every statement).</summary>
internal static class PostgresParameters
{
    public static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
}
