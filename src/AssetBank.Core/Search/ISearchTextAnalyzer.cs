namespace AssetBank.Core.Search;

/// <summary>
/// How the search index segments text, for <c>assetbank analyze</c> and the UI: the same dictionary (default words,
/// taxonomy labels and synonyms, the user dictionary) and the same analyzers as the index, so what it shows is exactly
/// what search does.
/// </summary>
public interface ISearchTextAnalyzer
{
    /// <summary>The tokens (original substrings) the index (queryMode false) or query analyzer (true) makes of <paramref name="text"/>.</summary>
    IReadOnlyList<string> Segment(string text, bool queryMode);
}
