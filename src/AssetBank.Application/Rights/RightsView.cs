using AssetBank.Core.Assets;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>An asset's recorded terms as <c>rights show</c> prints them.</summary>
/// <param name="LastDay">The last day the asset as a whole may be used; null when open-ended or nothing is recorded.</param>
/// <param name="Badge">The expiry badge for today, if any.</param>
public sealed record RightsView(Asset Asset, AssetRights Rights, DateOnly? LastDay, string? Badge, IReadOnlyList<RightsHistoryEntry> History);
