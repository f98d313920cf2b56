using AssetBank.Core.Accounts;

namespace AssetBank.Application.Accounts;

/// <summary>The created account, and the generated password when none was given (shown once, never stored).</summary>
public sealed record CreatedUser(UserAccount Account, string? GeneratedPassword);
