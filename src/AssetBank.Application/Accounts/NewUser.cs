using AssetBank.Core.Accounts;

namespace AssetBank.Application.Accounts;

/// <summary>A user to create; with no password, one is generated and returned once.</summary>
public sealed record NewUser(string Name, UserRole Role, string? DisplayName, string? Password);
