using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>A tag as the index sees it: a taxonomy term of one dimension and how sure the tagger was (0..1).</summary>
public sealed record SearchTag(TagDimension Dimension, string TermId, string Label, double Confidence)
{
    /// <summary>The tags of a tagging result, keeping only what search needs.</summary>
    public static IReadOnlyList<SearchTag> From(IEnumerable<TagAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        return assignments.Select(a => new SearchTag(a.Dimension, a.TermId, a.Label, a.Confidence)).ToList();
    }
}
