using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>What a rights edit recorded, and the overlaps worth a look.</summary>
public sealed record RightsChange(AssetRights Before, AssetRights After, IReadOnlyList<RightsProblem> Warnings);
