namespace AssetBank.Core.Collections;

/// <summary>One entry of a collection, in its place.</summary>
/// <remarks>The asset's key and the shot's range are copied in when added, so the collection still says what it held if the asset goes.</remarks>
public sealed record CollectionItem
{
    public long Id { get; init; }

    /// <summary>1-based place in the collection.</summary>
    public int Position { get; init; }

    public CollectionItemKind Kind { get; init; }

    public long? AssetId { get; init; }

    public string? AssetKey { get; init; }

    public int? ShotIndex { get; init; }

    public double? StartSeconds { get; init; }

    public double? EndSeconds { get; init; }

    /// <summary>The text of a <see cref="CollectionItemKind.Text"/> item.</summary>
    public string? Text { get; init; }

    /// <summary>The note a person wrote on this item.</summary>
    public string? Note { get; init; }

    public required string AddedBy { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
