using AssetBank.Core.Search;

namespace AssetBank.Application.Searching;

/// <summary>Search results and how current the index was when it answered.</summary>
/// <param name="Results">The ranked, grouped hits.</param>
/// <param name="LaggingBy">Catalog changes the index did not contain yet (another process is writing); 0 when current.</param>
/// <param name="CaughtUp">What this search first brought up to date (a rebuild's reason, or the number of changes applied); null when nothing.</param>
public sealed record SearchOutcome(SearchResults Results, long LaggingBy, string? CaughtUp)
{
    /// <summary>The day the search asked about: "usable now" and the rights badges are relative to it.</summary>
    public DateOnly Today { get; init; }

    /// <summary>With a "usable now" filter: how many items match without it, so "usable N of M" can be shown; null without the filter.</summary>
    public long? MatchingWithoutRightsFilter { get; init; }

    /// <summary>The rights badge of a hit (expired, or expiring within 30/60/90 days); null when none.</summary>
    public string? RightsBadge(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return Core.Rights.RightsBadges.For(hit.RightsLastDay, Today);
    }
}
