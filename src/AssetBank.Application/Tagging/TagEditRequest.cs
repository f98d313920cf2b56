using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>A person's tag decision on an asset or one of its parts.</summary>
/// <param name="Key">The asset's object key.</param>
/// <param name="Action">Add or remove.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Term">A term's label, synonym or id.</param>
/// <param name="ItemId">A shot or part id (<c>KEY#shot2</c>); null for the asset itself.</param>
/// <param name="Who">Who decides; required.</param>
/// <param name="Note">Why.</param>
public sealed record TagEditRequest(string Key, HumanTagAction Action, TagDimension Dimension, string Term, string? ItemId, string Who, string? Note)
{
    /// <summary>A shot by its 0-based index (instead of <see cref="ItemId"/>).</summary>
    public int? ShotIndex { get; init; }
}
