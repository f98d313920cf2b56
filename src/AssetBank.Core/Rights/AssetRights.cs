namespace AssetBank.Core.Rights;

/// <summary>The usage terms recorded for one asset: its own grants and its shots' extra grants.</summary>
public sealed record AssetRights(long AssetId, string Key, IReadOnlyList<RightsGrant> Grants)
{
    public IEnumerable<RightsGrant> AssetGrants => Grants.Where(g => g.ShotIndex is null);

    public IEnumerable<RightsGrant> ShotGrants(int shotIndex) => Grants.Where(g => g.ShotIndex == shotIndex);

    /// <summary>The last day any of the asset's own grants allows use; null when one is open-ended or none is recorded.</summary>
    public DateOnly? LatestEnd => RightsCoverage.LatestEnd(AssetGrants.ToList());
}
