using AssetBank.Core.Accounts;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Accounts;

/// <summary>
/// Checks a name and password. After <see cref="AccountOptions.LockoutThreshold"/> failures in a row the account is
/// locked for <see cref="AccountOptions.LockoutDuration"/>; the answer never says whether the name exists.
/// </summary>
public sealed class SignIn(IUserAccounts accounts, IAuditTrail audit, IOptions<AccountOptions> options, TimeProvider time)
{
    private const string Wrong = "用户名或密码错误 (wrong name or password)";

    public async Task<SignInOutcome> CheckAsync(string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var now = time.GetUtcNow();
        var account = await accounts.FindAsync(name.Trim(), cancellationToken);
        if (account is null)
        {
            // Spend the same time as a real check, so the answer's speed does not tell which names exist.
            PasswordHashing.Verify(password, Decoy);
            await audit.AppendAsync(new AuditEntry(now, name.Trim(), "sign-in", null, "refused", "unknown name"), cancellationToken);
            return new SignInOutcome(null, Wrong);
        }

        if (account.Disabled)
        {
            await audit.AppendAsync(new AuditEntry(now, account.Name, "sign-in", null, "refused", "disabled"), cancellationToken);
            return new SignInOutcome(null, "账号已停用 (this account is disabled)");
        }

        if (account.LockedUntil is { } locked && locked > now)
        {
            await audit.AppendAsync(new AuditEntry(now, account.Name, "sign-in", null, "refused", "locked"), cancellationToken);
            return new SignInOutcome(null, $"登录失败次数过多，账号已锁定至 {locked.ToLocalTime():HH:mm} (too many failed sign-ins; locked until then)");
        }

        var failedSoFar = account.LockedUntil is not null ? 0 : account.FailedSignIns;
        if (!PasswordHashing.Verify(password, account.PasswordHash))
        {
            var failed = failedSoFar + 1;
            var lockNow = failed >= options.Value.LockoutThreshold;
            await accounts.UpdateAsync(account with
            {
                FailedSignIns = lockNow ? 0 : failed,
                LockedUntil = lockNow ? now + options.Value.LockoutDuration : null,
            }, cancellationToken);
            await audit.AppendAsync(new AuditEntry(now, account.Name, "sign-in", null, "refused", lockNow ? "wrong password; locked" : "wrong password"), cancellationToken);
            return new SignInOutcome(null, Wrong);
        }

        var signedIn = account with { FailedSignIns = 0, LockedUntil = null, LastSignInAt = now };
        await accounts.UpdateAsync(signedIn, cancellationToken);
        await audit.AppendAsync(new AuditEntry(now, account.Name, "sign-in", null, "ok", null), cancellationToken);
        return new SignInOutcome(signedIn, null);
    }

    private static readonly string Decoy = PasswordHashing.Hash("decoy-password", 100_000);
}
