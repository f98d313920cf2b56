using AssetBank.Core.Search;

namespace AssetBank.Application.Searching;

/// <summary>Shows how search segments a line of Chinese: the same analyzer and dictionary the index uses.</summary>
public sealed class AnalyzeText(ISearchTextAnalyzer analyzer)
{
    public IReadOnlyList<string> Segment(string text, bool queryMode) => analyzer.Segment(text, queryMode);
}
