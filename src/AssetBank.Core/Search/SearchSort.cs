namespace AssetBank.Core.Search;

public enum SearchSort
{
    /// <summary>Best match first (BM25 over text plus confidence-weighted dimension matches).</summary>
    Relevance = 0,

    /// <summary>Newest first; documents without a date last.</summary>
    Date = 1,
}
