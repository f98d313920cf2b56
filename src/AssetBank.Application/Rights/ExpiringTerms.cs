using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>One set of terms that ends soon, or has just ended while the asset is reused in an active project.</summary>
/// <param name="Key">The asset.</param>
/// <param name="Grant">The terms (with their shot, when they are a shot's).</param>
/// <param name="DaysLeft">Days from today to the last day of use; negative once expired.</param>
/// <param name="Projects">Active projects that reuse the asset (or the shot).</param>
public sealed record ExpiringTerms(string Key, RightsGrant Grant, int DaysLeft, IReadOnlyList<string> Projects);
