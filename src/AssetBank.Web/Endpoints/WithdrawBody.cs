namespace AssetBank.Web.Endpoints;

/// <summary>A confirmation taken back, with why.</summary>
public sealed record WithdrawBody(string Project, long Confirmation, string? Reason);
