namespace AssetBank.Web.Endpoints;

/// <summary>Why a reviewer approves or rejects an alarm.</summary>
public sealed record DecisionBody(string Reason);
