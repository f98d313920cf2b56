using AssetBank.Core.Accounts;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Accounts;

/// <summary>The audit trail in a PostgreSQL catalog; a trigger refuses UPDATE and DELETE.</summary>
public sealed class PostgresAuditTrail(PostgresDatabase database) : IAuditTrail
{
    private const string Columns = "id, at, who, action, target, outcome, detail";

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
            $"SELECT {Columns} FROM audit_log WHERE action = @action AND at COLLATE \"C\" >= @from ORDER BY id;");
        command.Parameters.AddWithValue("action", action);
        command.Parameters.AddWithValue("from", from is { } start ? PostgresRows.Format(start) : string.Empty);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, who is null
            ? $"SELECT {Columns} FROM audit_log ORDER BY id DESC LIMIT @limit;"
            : $"SELECT {Columns} FROM audit_log WHERE who = @who ORDER BY id DESC LIMIT @limit;");
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 10_000));
        if (who is not null)
        {
            command.Parameters.AddWithValue("who", who);
        }

        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                PostgresRows.ParseTime(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6))
            { Id = reader.GetInt64(0) });
        }

        return entries;
    }
}
