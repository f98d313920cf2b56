using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>
/// Whether an asset's (or shot's) recorded terms cover a project's media, territories and period. Assets with no terms
/// recorded are not judged here: kickoff shows them as "licence not recorded".
/// </summary>
public sealed class CandidateRights(IRightsStore store, TimeProvider time)
{
    /// <summary>What the recorded terms lack for the brief; empty when they cover it or none are recorded.</summary>
    public async Task<IReadOnlyList<string>> GapsAsync(long assetId, int? shotIndex, ProjectBrief brief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var rights = await store.GetAsync(assetId, cancellationToken);
        if (rights is null || rights.Grants.Count == 0)
        {
            return [];
        }

        // Use starts no earlier than today: a project that began last month needs terms from now to its end.
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var from = brief.PlannedStart is { } start && start > today ? start : today;
        var to = brief.PlannedEnd is { } end && end > from ? end : from;
        var shotGrants = shotIndex is { } shot ? rights.ShotGrants(shot).ToList() : [];
        var windows = RightsCoverage.Windows(rights.AssetGrants.ToList(), shotGrants);
        return RightsCoverage.Gaps(windows, brief.Media ?? [], brief.Territories ?? [], from, to);
    }
}
