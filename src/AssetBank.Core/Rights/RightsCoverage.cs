namespace AssetBank.Core.Rights;

/// <summary>What a set of grants allows: the windows per medium and territory, the last day of use, and what a plan lacks.</summary>
public static class RightsCoverage
{
    /// <summary>
    /// The windows in which the asset (or, with <paramref name="shotGrants"/>, one of its shots) may be used: per
    /// medium and territory covered, the asset grants' periods joined, cut down to the shot grants' periods when the
    /// shot carries terms of its own.
    /// </summary>
    public static IReadOnlyList<RightsWindow> Windows(IReadOnlyList<RightsGrant> assetGrants, IReadOnlyList<RightsGrant> shotGrants)
    {
        ArgumentNullException.ThrowIfNull(assetGrants);
        ArgumentNullException.ThrowIfNull(shotGrants);
        var result = new List<RightsWindow>();
        foreach (var medium in RightsVocabulary.Media)
        {
            foreach (var territory in RightsVocabulary.Territories)
            {
                var periods = Union(assetGrants.Where(g => g.CoversPlace(medium.Id, territory.Id)));
                if (shotGrants.Count > 0)
                {
                    periods = Intersect(periods, Union(shotGrants.Where(g => g.CoversPlace(medium.Id, territory.Id))));
                }

                result.AddRange(periods.Select(p => new RightsWindow(medium.Id, territory.Id, FromDay(p.Start), FromDay(p.End))));
            }
        }

        return result;
    }

    /// <summary>The last day of use of <paramref name="grants"/>; null when none is recorded or one has no end.</summary>
    public static DateOnly? LatestEnd(IReadOnlyList<RightsGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return grants.Count == 0 || grants.Any(g => g.End is null) ? null : grants.Max(g => g.End);
    }

    /// <summary>The last day the asset or shot may be used at all: the earlier of the asset's and the shot's latest end.</summary>
    public static DateOnly? LastDay(IReadOnlyList<RightsGrant> assetGrants, IReadOnlyList<RightsGrant> shotGrants)
    {
        var asset = LatestEnd(assetGrants);
        var shot = LatestEnd(shotGrants);
        return (asset, shot) switch
        {
            ({ } a, { } s) => a < s ? a : s,
            ({ } a, null) => a,
            (null, { } s) => s,
            _ => null,
        };
    }

    /// <summary>
    /// What the rights of an asset (or shot) lack for a plan: every medium × territory of the plan must be covered for
    /// the whole period. Empty <paramref name="media"/> or <paramref name="territories"/> means any. Empty when covered.
    /// </summary>
    public static IReadOnlyList<string> Gaps(IReadOnlyList<RightsWindow> windows, IReadOnlyList<string> media, IReadOnlyList<string> territories, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(territories);
        var gaps = new List<string>();
        foreach (var medium in media.Count == 0 ? [null] : media.Cast<string?>())
        {
            foreach (var territory in territories.Count == 0 ? [null] : territories.Cast<string?>())
            {
                var place = windows.Where(w => (medium is null || w.Medium == medium) && (territory is null || w.Territory == territory)).ToList();
                var where = $"{(medium is null ? "任何媒介" : RightsVocabulary.Medium(medium).Chinese)}/{(territory is null ? "任何地域" : RightsVocabulary.Territory(territory).Chinese)}";
                if (place.Count == 0)
                {
                    gaps.Add($"未授权 {where} (not licensed for {where})");
                }
                else if (!place.Any(w => w.Contains(from, to)))
                {
                    var ends = place.Where(w => w.End is not null).Select(w => w.End!.Value).DefaultIfEmpty().Max();
                    gaps.Add(ends != default && ends < to
                        ? $"{where} 授权至 {ends:yyyy-MM-dd} 止，不覆盖 {from:yyyy-MM-dd}–{to:yyyy-MM-dd} (licence for {where} ends {ends:yyyy-MM-dd})"
                        : $"{where} 授权期不覆盖 {from:yyyy-MM-dd}–{to:yyyy-MM-dd} (licence period does not cover the plan)");
                }
            }
        }

        return gaps;
    }

    private static int ToDay(DateOnly? date, int open) => date?.DayNumber ?? open;

    private static DateOnly? FromDay(int day) => day is int.MinValue or int.MaxValue ? null : DateOnly.FromDayNumber(day);

    private static List<(int Start, int End)> Union(IEnumerable<RightsGrant> grants)
    {
        var periods = grants.Select(g => (Start: ToDay(g.Start, int.MinValue), End: ToDay(g.End, int.MaxValue)))
            .Where(p => p.Start <= p.End)
            .OrderBy(p => p.Start)
            .ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var period in periods)
        {
            // Adjacent periods (one ends the day before the next starts) are one window.
            if (merged.Count > 0 && (long)period.Start <= (long)merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, period.End));
            }
            else
            {
                merged.Add(period);
            }
        }

        return merged;
    }

    private static List<(int Start, int End)> Intersect(List<(int Start, int End)> left, List<(int Start, int End)> right)
    {
        var result = new List<(int Start, int End)>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var start = Math.Max(a.Start, b.Start);
                var end = Math.Min(a.End, b.End);
                if (start <= end)
                {
                    result.Add((start, end));
                }
            }
        }

        return result;
    }
}
