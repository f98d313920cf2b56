namespace AssetBank.Core.Accounts;

/// <summary>A local account. The password is kept only as a salted, slow hash.</summary>
public sealed record UserAccount
{
    /// <summary>Sign-in name, unique ignoring case.</summary>
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required UserRole Role { get; init; }

    public required string PasswordHash { get; init; }

    public bool Disabled { get; init; }

    /// <summary>Failed sign-ins since the last success (reset by a success or when a lockout ends).</summary>
    public int FailedSignIns { get; init; }

    /// <summary>While in the future, sign-in is refused even with the right password.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }
}
