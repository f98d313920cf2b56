using AssetBank.Analysis.Chinese;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace AssetBank.Benchmarks.Analysis;

/// <summary>Tokenizes the same ≥ 100 KB of ad text with each analyzer; one operation = the whole text.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MemoryDiagnoser]
public class AnalyzerBenchmarks : IDisposable
{
    public const int CorpusChars = 200_000;

    private string _text = "";
    private ChineseAnalyzer _chineseIndex = null!;
    private ChineseAnalyzer _chineseQuery = null!;
    private StandardAnalyzer _standard = null!;
    private CJKAnalyzer _cjk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = AdCorpus.Build(CorpusChars);
        _chineseIndex = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        _chineseQuery = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        _cjk = new CJKAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _chineseIndex?.Dispose();
        _chineseQuery?.Dispose();
        _standard?.Dispose();
        _cjk?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "ChineseAnalyzer (index)")]
    public int ChineseIndex() => Consume(_chineseIndex);

    [Benchmark(Baseline = true, Description = "ChineseAnalyzer (query)")]
    public int ChineseQuery() => Consume(_chineseQuery);

    [Benchmark(Description = "StandardAnalyzer")]
    public int Standard() => Consume(_standard);

    [Benchmark(Description = "CJKAnalyzer (bigrams)")]
    public int Cjk() => Consume(_cjk);

    private int Consume(Analyzer analyzer)
    {
        using var stream = analyzer.GetTokenStream("text", new StringReader(_text));
        stream.Reset();
        var tokens = 0;
        while (stream.IncrementToken())
        {
            tokens++;
        }

        stream.End();
        return tokens;
    }
}
