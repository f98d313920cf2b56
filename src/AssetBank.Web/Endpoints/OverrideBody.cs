namespace AssetBank.Web.Endpoints;

/// <summary>Why leadership lets a project below the gate start.</summary>
public sealed record OverrideBody(string Reason);
