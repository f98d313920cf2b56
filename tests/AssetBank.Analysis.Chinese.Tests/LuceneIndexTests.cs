using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AssetBank.Analysis.Chinese.Tests;

/// <summary>The analyzers in a real index: documents analysed in index mode, queries in query mode.</summary>
public sealed class LuceneIndexTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly ChineseAnalyzer _indexAnalyzer = new(ChineseAnalyzerMode.Index);
    private readonly ChineseAnalyzer _queryAnalyzer = new(ChineseAnalyzerMode.Query);
    private readonly ChineseBigramAnalyzer _bigrams = new();
    private readonly DirectoryReader _reader;

    public LuceneIndexTests()
    {
        var perField = new PerFieldAnalyzerWrapper(_indexAnalyzer, new Dictionary<string, Lucene.Net.Analysis.Analyzer> { ["text_bigram"] = _bigrams });
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, perField)))
        {
            string[] texts =
            [
                "新手爸爸半夜哄娃，宝宝夜醒哭闹，爸爸手忙脚乱",
                "小红书种草笔记：iPhone16新品开箱测评",
                "618大促母婴好物清单",
                "他来到了网易杭研大厦",
            ];
            for (var i = 0; i < texts.Length; i++)
            {
                var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new Field("text", texts[i], type),
                    new TextField("text_bigram", texts[i], Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _bigrams.Dispose();
    }

    [Theory]
    [InlineData("新手爸爸", "0")]
    [InlineData("爸爸", "0")]
    [InlineData("新手", "0")]
    [InlineData("夜醒", "0")]
    [InlineData("iphone", "1")]
    [InlineData("iPhone16", "1")]
    [InlineData("种草笔记", "1")]
    [InlineData("618", "2")]
    [InlineData("大促", "2")]
    public void A_query_finds_the_document_through_words_or_sub_words(string query, string expectedId)
    {
        Assert.Equal([expectedId], Search("text", _queryAnalyzer, query));
    }

    [Fact]
    public void A_phrase_over_segmented_words_matches_in_order()
    {
        Assert.Equal(["0"], Search("text", _queryAnalyzer, "\"新手爸爸 半夜 哄娃\""));
        Assert.Empty(Search("text", _queryAnalyzer, "\"哄娃 新手爸爸\""));
    }

    [Fact]
    public void The_bigram_field_finds_what_segmentation_split_differently()
    {
        Assert.Equal(["3"], Search("text_bigram", _bigrams, "杭研大厦"));
    }

    private string[] Search(string field, Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, field, analyzer) { DefaultOperator = Operator.AND };
        var searcher = new IndexSearcher(_reader);
        var hits = searcher.Search(parser.Parse(text), 10).ScoreDocs;
        return [.. hits.Select(h => searcher.Doc(h.Doc).Get("id")).Order(StringComparer.Ordinal)];
    }
}
