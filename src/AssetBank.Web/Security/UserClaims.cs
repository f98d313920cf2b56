using System.Security.Claims;
using AssetBank.Core.Accounts;

namespace AssetBank.Web.Security;

/// <summary>The signed-in person as the use cases and the audit trail name them.</summary>
public static class UserClaims
{
    public const string DisplayNameClaim = "assetbank:display-name";

    public static string Who(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
    }

    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(DisplayNameClaim) ?? user.Who();
    }

    public static bool Can(this ClaimsPrincipal user, string policy)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && Policies.Roles[policy].Any(r => user.IsInRole(r.ToString()));
    }

    public static ClaimsPrincipal For(UserAccount account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(DisplayNameClaim, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }
}
