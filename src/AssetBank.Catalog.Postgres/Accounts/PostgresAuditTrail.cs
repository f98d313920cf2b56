using AssetBank.Catalog.Relational;
using AssetBank.Core.Accounts;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Accounts;

/// <summary>The audit trail in a PostgreSQL catalog; a trigger refuses UPDATE and DELETE.</summary>
public sealed class PostgresAuditTrail(PostgresDatabase database) : IAuditTrail
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = PostgresDatabase.Command(connection, transaction,
                "INSERT INTO audit_log (at, who, action, target, outcome, detail) VALUES (@at, @who, @action, @target, @outcome, @detail);");
            insert.Parameters.AddWithValue("at", PostgresRows.Format(entry.At));
            insert.Parameters.AddWithValue("who", entry.Who);
            insert.Parameters.AddWithValue("action", entry.Action);
            PostgresParameters.Add(insert, "target", NpgsqlDbType.Text, entry.Target);
            insert.Parameters.AddWithValue("outcome", entry.Outcome);
            PostgresParameters.Add(insert, "detail", NpgsqlDbType.Text, entry.Detail);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListActionAsync(string action, DateTimeOffset? from, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Times are ISO-8601 text: compared byte by byte, as the embedded catalog compares them.
        await using var command = PostgresDatabase.Command(connection, null,
            $"SELECT {AccountRows.AuditColumns} FROM audit_log WHERE action = @action AND at COLLATE \"C\" >= @from ORDER BY id;");
        command.Parameters.AddWithValue("action", action);
        command.Parameters.AddWithValue("from", from is { } start ? PostgresRows.Format(start) : string.Empty);
        return await AccountRows.ReadAuditAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, who is null
            ? $"SELECT {AccountRows.AuditColumns} FROM audit_log ORDER BY id DESC LIMIT @limit;"
            : $"SELECT {AccountRows.AuditColumns} FROM audit_log WHERE who = @who ORDER BY id DESC LIMIT @limit;");
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 10_000));
        if (who is not null)
        {
            command.Parameters.AddWithValue("who", who);
        }

        return await AccountRows.ReadAuditAsync(command, cancellationToken);
    }
}
