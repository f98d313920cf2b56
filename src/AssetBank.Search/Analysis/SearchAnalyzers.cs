using AssetBank.Analysis.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Search.Analysis;

/// <summary>
/// The analyzers of the index: per field, the Chinese analyzer in index mode (sub-words too) for documents and in query
/// mode for queries, and the CJK-bigram analyzer for the bigram field in both; traditional Chinese folded to simplified in front of all.
/// </summary>
internal sealed class SearchAnalyzers : IDisposable
{
    private const int MaxQueryTokens = 64;

    public SearchAnalyzers(ChineseDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        Index = new ScriptFoldingAnalyzer(new PerFieldAnalyzerWrapper(
            new ChineseAnalyzer(ChineseAnalyzerMode.Index, dictionary),
            new Dictionary<string, Analyzer> { [SearchFields.Bigram] = new ChineseBigramAnalyzer() }));
        Query = new ScriptFoldingAnalyzer(new PerFieldAnalyzerWrapper(
            new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary),
            new Dictionary<string, Analyzer> { [SearchFields.Bigram] = new ChineseBigramAnalyzer() }));
    }

    public Analyzer Index { get; }

    public Analyzer Query { get; }

    /// <summary>The distinct query-time terms of <paramref name="text"/> for <paramref name="field"/>, in order, at most 64.</summary>
    public IReadOnlyList<string> QueryTerms(string field, string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = Query.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxQueryTokens)
        {
            var value = term.ToString();
            if (value.Length > 0 && !terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    /// <summary>Every query-time term of <paramref name="text"/> for <paramref name="field"/>, repeats included (for a passage's word counts).</summary>
    public IReadOnlyList<string> AllQueryTerms(string field, string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = Query.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length > 0)
            {
                terms.Add(term.ToString());
            }
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
    }
}
