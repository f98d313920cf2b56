namespace AssetBank.Core.Rights;

/// <summary>The badge a result shows for its rights' last day of use, relative to the day asked.</summary>
public static class RightsBadges
{
    /// <summary>Days ahead within which an expiry earns a badge, nearest first.</summary>
    public static IReadOnlyList<int> Horizons { get; } = [30, 60, 90];

    /// <returns><c>已过期 (expired)</c>, <c>30天内到期 (expires within 30 days)</c>…; null when there is no end or it is further away.</returns>
    public static string? For(DateOnly? lastDay, DateOnly today)
    {
        if (lastDay is not { } end)
        {
            return null;
        }

        if (end < today)
        {
            return $"授权已过期 {end:yyyy-MM-dd} (rights expired)";
        }

        var days = end.DayNumber - today.DayNumber;
        return Horizons.FirstOrDefault(h => days <= h) is var horizon and > 0
            ? $"授权{horizon}天内到期 {end:yyyy-MM-dd} (rights expire within {horizon} days)"
            : null;
    }
}
