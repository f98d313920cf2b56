using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>The Lucene query for a search, whether it ranks (any scoring part), and the terms to highlight.</summary>
internal sealed record BuiltQuery(Query Query, bool Scored, IReadOnlySet<string> HighlightTerms);
