namespace AssetBank.Analysis.Chinese;

/// <summary>How <see cref="ChineseAnalyzer"/> segments.</summary>
public enum ChineseAnalyzerMode
{
    /// <summary>
    /// For documents: each word, then at the same position the dictionary words inside it
    /// (新手爸爸 → 新手爸爸, 新手, 爸爸) and the letter and digit parts of mixed tokens (iphone16 → iphone, 16),
    /// so that queries for a part still match.
    /// </summary>
    Index,

    /// <summary>For queries: the most probable segmentation only, so a query means what it says.</summary>
    Query,
}
