using System.Text.RegularExpressions;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Accounts;

/// <summary>User administration: add, list, change role, reset password, disable and enable. Every change is audited.</summary>
public sealed partial class ManageUsers(IUserAccounts accounts, IAuditTrail audit, IOptions<AccountOptions> options, TimeProvider time)
{
    public async Task<CreatedUser> AddAsync(NewUser request, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name.Trim();
        if (!UserName().IsMatch(name))
        {
            throw new RequestRejectedException($"用户名 '{request.Name}'", "must be 2–40 letters, digits, '.', '_' or '-' (用户名只能包含字母、数字、. _ -)");
        }

        var generated = request.Password is null ? PasswordHashing.Generate(16) : null;
        var password = request.Password ?? generated!;
        CheckPassword(name, password);
        var account = new UserAccount
        {
            Name = name,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? name : request.DisplayName.Trim(),
            Role = request.Role,
            PasswordHash = PasswordHashing.Hash(password, options.Value.HashIterations),
            CreatedAt = time.GetUtcNow(),
        };
        await accounts.AddAsync(account, cancellationToken);
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), who, "users.add", name, "ok", $"role {request.Role}"), cancellationToken);
        return new CreatedUser(account, generated);
    }

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) => accounts.ListAsync(cancellationToken);

    public Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken) => accounts.FindAsync(name, cancellationToken);

    public async Task<UserAccount> SetRoleAsync(string name, UserRole role, string who, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(name, cancellationToken);
        var changed = account with { Role = role };
        await accounts.UpdateAsync(changed, cancellationToken);
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), who, "users.role", account.Name, "ok", $"{account.Role} → {role}"), cancellationToken);
        return changed;
    }

    public async Task<UserAccount> SetDisabledAsync(string name, bool disabled, string who, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(name, cancellationToken);
        var changed = account with { Disabled = disabled };
        await accounts.UpdateAsync(changed, cancellationToken);
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), who, disabled ? "users.disable" : "users.enable", account.Name, "ok", null), cancellationToken);
        return changed;
    }

    /// <summary>Sets a new password (generated when null, and returned once) and lifts any lockout.</summary>
    public async Task<string?> ResetPasswordAsync(string name, string? password, string who, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(name, cancellationToken);
        var generated = password is null ? PasswordHashing.Generate(16) : null;
        CheckPassword(account.Name, password ?? generated!);
        await accounts.UpdateAsync(account with
        {
            PasswordHash = PasswordHashing.Hash(password ?? generated!, options.Value.HashIterations),
            FailedSignIns = 0,
            LockedUntil = null,
        }, cancellationToken);
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), who, "users.password", account.Name, "ok", null), cancellationToken);
        return generated;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => accounts.CountAsync(cancellationToken);

    private async Task<UserAccount> RequireAsync(string name, CancellationToken cancellationToken) =>
        await accounts.FindAsync(name.Trim(), cancellationToken)
        ?? throw new RequestRejectedException($"用户 {name}", "does not exist (用户不存在)");

    private void CheckPassword(string name, string password)
    {
        if (password.Length < options.Value.MinimumPasswordLength)
        {
            throw new RequestRejectedException("密码 (password)", $"must have at least {options.Value.MinimumPasswordLength} characters (密码至少 {options.Value.MinimumPasswordLength} 位)");
        }

        if (password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestRejectedException("密码 (password)", "must not contain the user name (密码不能包含用户名)");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{2,40}$")]
    private static partial Regex UserName();
}
