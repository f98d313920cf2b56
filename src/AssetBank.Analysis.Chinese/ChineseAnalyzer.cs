using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// AssetBank's Chinese analyzer: <see cref="ChineseTokenizer"/> (dictionary + HMM segmentation),
/// then <see cref="PunctuationStopFilter"/>, <see cref="FullWidthFoldingFilter"/> and lower-casing.
/// Use <see cref="ChineseAnalyzerMode.Index"/> for the documents and <see cref="ChineseAnalyzerMode.Query"/>
/// for query text of the same field.
/// </summary>
/// <remarks>
/// Thread-safe like every Lucene analyzer (components are reused per thread). All analyzers share
/// <see cref="ChineseDictionary.Default"/> unless given another dictionary; words added to it are
/// used from the next text analysed.
/// </remarks>
public sealed class ChineseAnalyzer : Analyzer
{
    private readonly ChineseAnalyzerMode _mode;
    private readonly ChineseDictionary _dictionary;

    /// <summary>An analyzer over the shared default dictionary.</summary>
    public ChineseAnalyzer(ChineseAnalyzerMode mode)
        : this(mode, ChineseDictionary.Default)
    {
    }

    /// <summary>An analyzer over <paramref name="dictionary"/>.</summary>
    public ChineseAnalyzer(ChineseAnalyzerMode mode, ChineseDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _mode = mode;
        _dictionary = dictionary;
    }

    /// <summary>Index or query mode.</summary>
    public ChineseAnalyzerMode Mode => _mode;

    /// <summary>The dictionary this analyzer segments with.</summary>
    public ChineseDictionary Dictionary => _dictionary;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseTokenizer(reader, _mode, _dictionary);
        TokenStream stream = new PunctuationStopFilter(tokenizer);
        stream = new FullWidthFoldingFilter(stream);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
