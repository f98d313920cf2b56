namespace AssetBank.RelevanceEval;

/// <summary>An archive item of the relevance set and the dimension values it was written to express.</summary>
internal sealed record EvalItem(int Id, string Form, string Kind, string? Channel, string Title, string Text, IReadOnlySet<string> Facets);
