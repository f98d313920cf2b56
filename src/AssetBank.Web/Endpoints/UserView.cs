using AssetBank.Core.Accounts;

namespace AssetBank.Web.Endpoints;

/// <summary>An account as the API shows it: never the password hash.</summary>
public sealed record UserView(string Name, string DisplayName, string Role, bool Disabled, bool Locked, DateTimeOffset? LastSignInAt)
{
    public static UserView Of(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new UserView(account.Name, account.DisplayName, UserRoleNames.Wire(account.Role), account.Disabled,
            account.LockedUntil > DateTimeOffset.UtcNow, account.LastSignInAt);
    }
}
