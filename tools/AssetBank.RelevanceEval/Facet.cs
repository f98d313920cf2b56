namespace AssetBank.RelevanceEval;

/// <summary>
/// One value of one dimension as archive material expresses it: the taxonomy label, the ways items say it without
/// naming it, and the different ways a strategist would paraphrase it in a query.
/// </summary>
internal sealed record Facet(string Dimension, string Label, string[] Phrases, string[] Paraphrases);
