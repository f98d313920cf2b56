using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>The Lucene query for a search, whether it ranks (any scoring part), and the terms to highlight.</summary>
internal sealed record BuiltQuery(Query Query, bool Scored, IReadOnlySet<string> HighlightTerms)
{
    /// <summary>Dimension and free-text parts that are optional clauses.</summary>
    public int OptionalParts { get; init; }

    /// <summary>How many of them a document must match.</summary>
    public int RequiredOptionalParts { get; init; }
}
