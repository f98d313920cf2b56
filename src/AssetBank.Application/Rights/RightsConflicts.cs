using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>
/// Finds terms of one asset (or shot) that overlap in medium, territory and period but disagree on who holds the
/// rights, the licence or exclusivity. Both are kept; the person is warned.
/// </summary>
public static class RightsConflicts
{
    public static IReadOnlyList<RightsProblem> Find(IReadOnlyList<(string Row, RightsGrant Grant)> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var warnings = new List<RightsProblem>();
        for (var i = 0; i < grants.Count; i++)
        {
            for (var j = i + 1; j < grants.Count; j++)
            {
                var (rowA, a) = grants[i];
                var (rowB, b) = grants[j];
                if (a.ShotIndex != b.ShotIndex || !Overlap(a, b))
                {
                    continue;
                }

                var differ = new List<string>();
                if (!string.Equals(a.Holder, b.Holder, StringComparison.Ordinal))
                {
                    differ.Add("holder");
                }

                if (a.LicenceType != b.LicenceType)
                {
                    differ.Add("licence_type");
                }

                if (a.Exclusive != b.Exclusive)
                {
                    differ.Add("exclusive");
                }

                if (differ.Count > 0)
                {
                    warnings.Add(new RightsProblem(rowB, string.Join(",", differ),
                        $"与 {rowA} 的条款在媒介、地域和期间上重叠但内容不同，两条都保留 (overlaps {rowA} in media, territory and period but differs; both are kept)"));
                }
            }
        }

        return warnings;
    }

    private static bool Overlap(RightsGrant a, RightsGrant b)
    {
        var periods = (a.Start ?? DateOnly.MinValue) <= (b.End ?? DateOnly.MaxValue) && (b.Start ?? DateOnly.MinValue) <= (a.End ?? DateOnly.MaxValue);
        var media = RightsVocabulary.Covered(RightsVocabulary.Media, a.Media).Overlaps(RightsVocabulary.Covered(RightsVocabulary.Media, b.Media));
        var places = RightsVocabulary.Covered(RightsVocabulary.Territories, a.Territories).Overlaps(RightsVocabulary.Covered(RightsVocabulary.Territories, b.Territories));
        return periods && media && places;
    }
}
