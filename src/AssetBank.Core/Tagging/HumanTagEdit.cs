namespace AssetBank.Core.Tagging;

/// <summary>A person's decision about one term on one item (asset or shot), kept with who and when.</summary>
/// <param name="ItemId">The <see cref="TagSet.ItemId"/> it applies to: an asset's or a shot's id.</param>
/// <param name="Action">Add or remove.</param>
/// <param name="Dimension">The term's dimension.</param>
/// <param name="TermId">The taxonomy term id.</param>
/// <param name="Who">Who made the edit.</param>
/// <param name="When">When; the latest edit of a term wins.</param>
public sealed record HumanTagEdit(string ItemId, HumanTagAction Action, TagDimension Dimension, string TermId, string Who, DateTimeOffset When)
{
    /// <summary>The label at edit time; used when the term is not in the taxonomy at hand.</summary>
    public string? Label { get; init; }

    /// <summary>Why, if the person said.</summary>
    public string? Note { get; init; }
}
