using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Querying;
using Microsoft.Extensions.Logging;

namespace AssetBank.Search.Analysis;

/// <summary>
/// The analyzers of an index (built by <see cref="SearchDictionaryBuilder"/>) as <see cref="ISearchTextAnalyzer"/>: what
/// <c>assetbank analyze</c> shows is what the index and its queries do. Hand one to <see cref="LuceneSearchIndex"/> to
/// share it; thread-safe.
/// </summary>
public sealed class SearchTextAnalyzer : ISearchTextAnalyzer, IDisposable
{
    internal SearchTextAnalyzer(ChineseDictionary dictionary)
    {
        Dictionary = dictionary;
        Analyzers = new SearchAnalyzers(dictionary);
    }

    /// <summary>The frozen dictionary the analyzers use.</summary>
    public ChineseDictionary Dictionary { get; }

    internal SearchAnalyzers Analyzers { get; }

    /// <summary>Analyzers for <paramref name="taxonomy"/> and the optional user dictionary file (see <see cref="SearchDictionaryBuilder"/>).</summary>
    public static SearchTextAnalyzer Create(Taxonomy taxonomy, string? userDictionaryPath, ILogger? logger = null) =>
        new(SearchDictionaryBuilder.Build(taxonomy, userDictionaryPath, logger));

    public IReadOnlyList<string> Segment(string text, bool queryMode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segmenter = new AnalyzerTextSegmenter(queryMode ? Analyzers.Query : Analyzers.Index, SearchFields.Text);
        return segmenter.Segment(text).Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    public void Dispose() => Analyzers.Dispose();
}
