namespace AssetBank.Core.Tagging;

/// <summary>One tag on one item: a taxonomy term, how sure the tagger is, and why.</summary>
/// <param name="Dimension">The term's dimension.</param>
/// <param name="TermId">The taxonomy term id.</param>
/// <param name="Label">The term's Chinese label at tagging time.</param>
/// <param name="Confidence">0..1; human tags are 1.</param>
/// <param name="Source">Lexicon, LLM or human.</param>
public sealed record TagAssignment(TagDimension Dimension, string TermId, string Label, double Confidence, TagSource Source)
{
    /// <summary>The spans or shots that justified the tag, strongest first; may be empty.</summary>
    public IReadOnlyList<TagEvidence> Evidence { get; init; } = [];

    /// <summary>The tagger's name (<c>lexicon</c>, <c>llm</c>) or, for a human tag, who set it.</summary>
    public string? Tagger { get; init; }

    /// <summary>The model (LLM) or lexicon version that produced the tag; null for human tags.</summary>
    public string? Model { get; init; }
}
