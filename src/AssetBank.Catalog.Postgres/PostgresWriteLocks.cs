using Npgsql;

namespace AssetBank.Catalog.Postgres;

/// <summary>
/// Transaction-scoped advisory locks for the writes that read, decide and then write where no row exists yet to lock
/// (a project's first brief, a saved search's first version): what the embedded catalog's one write lock gives them.
/// </summary>
/// <remarks>The lock is released at commit or rollback; every process that writes the same scope waits for it.</remarks>
internal static class PostgresWriteLocks
{
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string scope, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@scope, 0));");
        command.Parameters.AddWithValue("scope", scope);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether <paramref name="exception"/> is a unique constraint refusing a second row with the same key.</summary>
    public static bool IsUniqueViolation(PostgresException exception) =>
        string.Equals(exception?.SqlState, PostgresErrorCodes.UniqueViolation, StringComparison.Ordinal);
}
