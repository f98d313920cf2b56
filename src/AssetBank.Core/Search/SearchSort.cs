namespace AssetBank.Core.Search;

public enum SearchSort
{
    /// <summary>Best match first (BM25 over text plus confidence-weighted dimension matches).</summary>
    Relevance = 0,

    /// <summary>Newest first; documents without a date last.</summary>
    Date = 1,

    /// <summary>Most liked, collected and commented first (social items and KOL rows); documents without figures last.</summary>
    Engagement = 2,
}
