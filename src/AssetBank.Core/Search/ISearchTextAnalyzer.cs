namespace AssetBank.Core.Search;

/// <summary>`assetbank analyze` shows exactly what search does.</summary>
public interface ISearchTextAnalyzer
{
    /// <summary>The tokens (original substrings) the index (queryMode false) or query analyzer (true) makes of <paramref name="text"/>.</summary>
    IReadOnlyList<string> Segment(string text, bool queryMode);
}
