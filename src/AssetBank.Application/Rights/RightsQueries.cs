using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary><c>rights show</c> and <c>rights history</c>: an asset's terms, its expiry badge, and every change made to them.</summary>
public sealed class RightsQueries(RightsTargets targets, IRightsStore store, TimeProvider time)
{
    public async Task<RightsView> ShowAsync(string key, CancellationToken cancellationToken)
    {
        var asset = await targets.RequireAsync(key, cancellationToken);
        var rights = await store.GetAsync(asset.Id, cancellationToken) ?? RightsTargets.Empty(asset);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var last = rights.LatestEnd;
        return new RightsView(asset, rights, last, RightsBadges.For(last, today), await store.GetHistoryAsync(asset.Id, cancellationToken));
    }
}
