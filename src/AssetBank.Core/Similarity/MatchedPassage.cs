namespace AssetBank.Core.Similarity;

/// <summary>
/// A passage of new copy that repeats a passage of a reference text: character ranges in each original text (as
/// written, before normalisation) and the two passages themselves, so a reviewer reads them side by side.
/// </summary>
public sealed record MatchedPassage(int QueryStart, int QueryLength, int ReferenceStart, int ReferenceLength, string QueryText, string ReferenceText);
