namespace AssetBank.Web.Endpoints;

/// <summary>An account to create; without a password one is generated and answered once.</summary>
public sealed record NewUserBody(string Name, string Role, string? DisplayName, string? Password);
