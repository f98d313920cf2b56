using AssetBank.Core.Search;

namespace AssetBank.Core.SavedSearches;

/// <summary>A query with its filters kept under a name, and when it last ran (to tell what is new since).</summary>
public sealed record SavedSearch
{
    public required string Name { get; init; }

    public required string Owner { get; init; }

    public required SearchQuery Query { get; init; }

    public DateTimeOffset SavedAt { get; init; }

    public DateTimeOffset? LastRunAt { get; init; }
}
