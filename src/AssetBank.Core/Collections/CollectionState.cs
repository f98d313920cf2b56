namespace AssetBank.Core.Collections;

/// <summary>A named, ordered set of assets, shots and texts (素材篮) that one person owns and may share.</summary>
public sealed record CollectionState
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required string Owner { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<CollectionItem> Items { get; init; } = [];

    public IReadOnlyList<CollectionShare> Shares { get; init; } = [];

    /// <summary>What <paramref name="user"/> may do here; null when nothing.</summary>
    public CollectionAccess? AccessOf(string user)
    {
        if (string.Equals(Owner, user, StringComparison.OrdinalIgnoreCase))
        {
            return CollectionAccess.Owner;
        }

        return Shares.FirstOrDefault(s => string.Equals(s.UserName, user, StringComparison.OrdinalIgnoreCase))?.Access;
    }
}
