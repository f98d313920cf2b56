namespace AssetBank.Core.Tagging;

/// <summary>A rule a list of terms breaks, pointing at the offending term by its position in the list.</summary>
/// <param name="TermIndex">Index of the offending term in the list that was checked.</param>
/// <param name="Message">What is wrong, naming the id or label.</param>
/// <param name="RelatedTermIndex">Index of the other term involved (the first of a duplicate), if any.</param>
public sealed record TaxonomyIssue(int TermIndex, string Message, int? RelatedTermIndex = null);
