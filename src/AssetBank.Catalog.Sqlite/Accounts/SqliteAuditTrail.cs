using AssetBank.Catalog.Relational;
using AssetBank.Core.Accounts;

namespace AssetBank.Catalog.Sqlite.Accounts;

/// <summary>The audit trail in the embedded catalog; a trigger refuses UPDATE and DELETE.</summary>
public sealed class SqliteAuditTrail(SqliteDatabase database) : IAuditTrail
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO audit_log (at, who, action, target, outcome, detail) VALUES ($at, $who, $action, $target, $outcome, $detail);";
            insert.Parameters.AddWithValue("$at", AssetRows.Format(entry.At));
            insert.Parameters.AddWithValue("$who", entry.Who);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$target", (object?)entry.Target ?? DBNull.Value);
            insert.Parameters.AddWithValue("$outcome", entry.Outcome);
            insert.Parameters.AddWithValue("$detail", (object?)entry.Detail ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListActionAsync(string action, DateTimeOffset? from, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AccountRows.AuditColumns} FROM audit_log WHERE action = $action AND at >= $from ORDER BY id;";
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$from", from is { } start ? AssetRows.Format(start) : string.Empty);
        return await AccountRows.ReadAuditAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = who is null
            ? $"SELECT {AccountRows.AuditColumns} FROM audit_log ORDER BY id DESC LIMIT $limit;"
            : $"SELECT {AccountRows.AuditColumns} FROM audit_log WHERE who = $who ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        if (who is not null)
        {
            command.Parameters.AddWithValue("$who", who);
        }

        return await AccountRows.ReadAuditAsync(command, cancellationToken);
    }
}
