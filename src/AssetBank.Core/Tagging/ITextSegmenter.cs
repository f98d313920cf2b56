namespace AssetBank.Core.Tagging;

/// <summary>
/// Splits text into words so the lexicon tagger only accepts matches that start and end on word boundaries (同事 must not
/// match inside 共同事业). The project's Chinese analyzer plugs in here; without one every character is a boundary.
/// </summary>
/// <remarks>
/// The text given is already folded (see <see cref="TaxonomyText"/>). Segments must lie inside the text, ordered by
/// start; gaps (punctuation, space) are allowed; overlapping segments are allowed and each adds its boundaries.
/// </remarks>
public interface ITextSegmenter
{
    IReadOnlyList<TextSegment> Segment(string text);
}
