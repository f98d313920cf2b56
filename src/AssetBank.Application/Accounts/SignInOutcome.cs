using AssetBank.Core.Accounts;

namespace AssetBank.Application.Accounts;

/// <summary>The answer to a sign-in: the account when it succeeded, otherwise why not (in words fit to show).</summary>
public sealed record SignInOutcome(UserAccount? Account, string? Refusal)
{
    public bool Succeeded => Account is not null;
}
