using System.Globalization;

namespace AssetBank.Core.Search;

/// <summary>Matches of one kind on one channel, e.g. 小红书笔记 (social on 小红书) or TVC (video on TVC).</summary>
/// <param name="Kind">Kind wire name.</param>
/// <param name="Channel">Channel, or null for documents without one.</param>
/// <param name="Label">Display label from <see cref="SearchGroupLabels.Label"/>.</param>
/// <param name="Count">Matching documents in the group.</param>
public sealed record SearchGroup(string Kind, string? Channel, string Label, long Count)
{
    /// <summary>The group's best hits when <see cref="SearchQuery.HitsPerGroup"/> asked for them; empty otherwise.</summary>
    public IReadOnlyList<SearchHit> TopHits { get; init; } = [];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} {Count}");
}
