namespace AssetBank.Core.Collections;

/// <summary>A collection without its items, for lists.</summary>
public sealed record CollectionSummary(long Id, string Name, string Owner, int ItemCount, DateTimeOffset UpdatedAt, IReadOnlyList<CollectionShare> Shares)
{
    public bool IsVisibleTo(string user) =>
        string.Equals(Owner, user, StringComparison.OrdinalIgnoreCase)
        || Shares.Any(s => string.Equals(s.UserName, user, StringComparison.OrdinalIgnoreCase));
}
