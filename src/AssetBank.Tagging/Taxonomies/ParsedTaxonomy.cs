using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Taxonomies;

/// <summary>What the parser read: well-formed terms with the line each starts on, and the problems found.</summary>
internal sealed record ParsedTaxonomy(IReadOnlyList<TaxonomyTerm> Terms, IReadOnlyList<int> TermLines, IReadOnlyList<TaxonomyProblem> Problems);
