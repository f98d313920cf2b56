using AssetBank.Catalog.Relational;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Accounts;

/// <summary>Local accounts in the embedded catalog.</summary>
public sealed class SqliteUserAccounts(SqliteDatabase database) : IUserAccounts
{
    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AccountRows.UserColumns} FROM users WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? AccountRows.ReadUser(reader) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AccountRows.UserColumns} FROM users ORDER BY name;";
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
            await using (var exists = connection.CreateCommand())
            {
                exists.Transaction = transaction;
                exists.CommandText = "SELECT COUNT(*) FROM users WHERE name = $name;";
                exists.Parameters.AddWithValue("$name", account.Name);
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    throw new RequestRejectedException($"用户 {account.Name}", "already exists (该用户已存在)");
                }
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO users ({AccountRows.UserColumns}) VALUES ($name, $display, $role, $hash, $disabled, $failed, $locked, $created, $last);";
            Bind(insert, account);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task UpdateAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = """
                UPDATE users SET display_name = $display, role = $role, password_hash = $hash, disabled = $disabled,
                    failed_sign_ins = $failed, locked_until = $locked, last_sign_in_at = $last
                WHERE name = $name;
                """;
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
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM users;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Bind(SqliteCommand command, UserAccount account)
    {
        command.Parameters.AddWithValue("$name", account.Name);
        command.Parameters.AddWithValue("$display", account.DisplayName);
        command.Parameters.AddWithValue("$role", account.Role.ToString());
        command.Parameters.AddWithValue("$hash", account.PasswordHash);
        command.Parameters.AddWithValue("$disabled", account.Disabled ? 1 : 0);
        command.Parameters.AddWithValue("$failed", account.FailedSignIns);
        command.Parameters.AddWithValue("$locked", account.LockedUntil is { } locked ? AssetRows.Format(locked) : DBNull.Value);
        command.Parameters.AddWithValue("$created", AssetRows.Format(account.CreatedAt));
        command.Parameters.AddWithValue("$last", account.LastSignInAt is { } last ? AssetRows.Format(last) : DBNull.Value);
    }
}
