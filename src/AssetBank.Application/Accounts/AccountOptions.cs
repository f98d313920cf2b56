using System.ComponentModel.DataAnnotations;

namespace AssetBank.Application.Accounts;

/// <summary>Sign-in rules (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    [Range(8, 128)]
    public int MinimumPasswordLength { get; set; } = 10;

    /// <summary>PBKDF2 iterations for new hashes; existing hashes keep the count they were made with.</summary>
    [Range(10_000, 10_000_000)]
    public int HashIterations { get; set; } = 100_000;
}
