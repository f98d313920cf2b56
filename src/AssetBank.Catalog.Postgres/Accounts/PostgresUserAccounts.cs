using AssetBank.Catalog.Relational;
using System.Data.Common;
using System.Globalization;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Accounts;

/// <summary>Local accounts in a PostgreSQL catalog; the primary key (compared without case) keeps names unique across processes.</summary>
public sealed class PostgresUserAccounts(PostgresDatabase database) : IUserAccounts
{
    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {AccountRows.UserColumns} FROM users WHERE name = @name;");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? AccountRows.ReadUser(reader) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The embedded catalog's NOCASE order: ASCII folded to lower case, then bytes.
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {AccountRows.UserColumns} FROM users ORDER BY lower(name) COLLATE \"C\";");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<UserAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(AccountRows.ReadUser(reader));
        }

        return accounts;
    }

    public Task AddAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // ON CONFLICT rather than a caught error: the name taken by another process a moment ago is refused the same way.
            await using var insert = PostgresDatabase.Command(connection, transaction,
                $"INSERT INTO users ({AccountRows.UserColumns}) VALUES (@name, @display, @role, @hash, @disabled, @failed, @locked, @created, @last) ON CONFLICT (name) DO NOTHING;");
            Bind(insert, account);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new RequestRejectedException($"用户 {account.Name}", "already exists (该用户已存在)");
            }
        }, cancellationToken);
    }

    public Task UpdateAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = PostgresDatabase.Command(connection, transaction, """
                UPDATE users SET display_name = @display, role = @role, password_hash = @hash, disabled = @disabled,
                    failed_sign_ins = @failed, locked_until = @locked, last_sign_in_at = @last
                WHERE name = @name;
                """);
            Bind(update, account);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new RequestRejectedException($"用户 {account.Name}", "does not exist (用户不存在)");
            }
        }, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT count(*) FROM users;");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static void Bind(NpgsqlCommand command, UserAccount account)
    {
        command.Parameters.AddWithValue("name", account.Name);
        command.Parameters.AddWithValue("display", account.DisplayName);
        command.Parameters.AddWithValue("role", account.Role.ToString());
        command.Parameters.AddWithValue("hash", account.PasswordHash);
        command.Parameters.AddWithValue("disabled", account.Disabled ? 1 : 0);
        command.Parameters.AddWithValue("failed", account.FailedSignIns);
        PostgresParameters.Add(command, "locked", NpgsqlDbType.Text, account.LockedUntil is { } locked ? PostgresRows.Format(locked) : null);
        command.Parameters.AddWithValue("created", PostgresRows.Format(account.CreatedAt));
        PostgresParameters.Add(command, "last", NpgsqlDbType.Text, account.LastSignInAt is { } last ? PostgresRows.Format(last) : null);
    }
}
