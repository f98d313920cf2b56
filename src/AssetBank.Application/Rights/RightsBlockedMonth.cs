namespace AssetBank.Application.Rights;

/// <summary>One month of reuse stopped by rights: refusals, leadership overrides, and a few of the refused assets.</summary>
public sealed record RightsBlockedMonth(string Month, int Blocked, int Overridden, IReadOnlyList<string> BlockedAssets);
