using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AssetBank.RelevanceEval;

/// <summary>
/// A baseline: one text field (title and text) under one analyzer, BM25, the query's tokens as a plain OR. With CJK
/// bigrams it is what a stock Lucene setup for Chinese does; with SmartCn, what the product owner's analyzer does alone.
/// </summary>
internal sealed class PlainBm25 : IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainBm25(Analyzer analyzer, IEnumerable<EvalItem> items)
    {
        _analyzer = analyzer;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var item in items)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("text", item.Title + "\n" + item.Text, Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public List<int> Search(string text, int top)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && query.Clauses.Count < 1000)
            {
                query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        return query.Clauses.Count == 0
            ? []
            : _searcher.Search(query, top).ScoreDocs.Select(d => int.Parse(_searcher.Doc(d.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
