using System.Data.Common;
using AssetBank.Core.Accounts;

namespace AssetBank.Catalog.Relational;

/// <summary>How <c>users</c> and <c>audit_log</c> rows are read.</summary>
public static class AccountRows
{
    public const string UserColumns = "name, display_name, role, password_hash, disabled, failed_sign_ins, locked_until, created_at, last_sign_in_at";

    public const string AuditColumns = "id, at, who, action, target, outcome, detail";

    /// <summary>Reads the <see cref="UserColumns"/> starting at column 0.</summary>
    public static UserAccount ReadUser(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new UserAccount
        {
            Name = reader.GetString(0),
            DisplayName = reader.GetString(1),
            Role = Enum.Parse<UserRole>(reader.GetString(2)),
            PasswordHash = reader.GetString(3),
            Disabled = reader.GetInt32(4) != 0,
            FailedSignIns = reader.GetInt32(5),
            LockedUntil = reader.IsDBNull(6) ? null : CatalogTimes.Parse(reader.GetString(6)),
            CreatedAt = CatalogTimes.Parse(reader.GetString(7)),
            LastSignInAt = reader.IsDBNull(8) ? null : CatalogTimes.Parse(reader.GetString(8)),
        };
    }

    /// <summary>Runs <paramref name="command"/> (selecting the <see cref="AuditColumns"/>) and reads every entry.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                CatalogTimes.Parse(reader.GetString(1)),
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
