using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// Recall fallback for a second text field: overlapping CJK bigrams (新手爸爸 → 新手, 手爸, 爸爸) that
/// match whatever the word segmenter got wrong, queried with a lower weight. Built from Lucene's
/// StandardTokenizer, CJKWidthFilter, LowerCaseFilter and CJKBigramFilter; no stop words.
/// </summary>
public sealed class ChineseBigramAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
