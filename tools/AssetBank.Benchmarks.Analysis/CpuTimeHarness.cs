using System.Diagnostics;
using System.Globalization;
using AssetBank.Analysis.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace AssetBank.Benchmarks.Analysis;

/// <summary>
/// A companion to the BenchmarkDotNet run for shared machines: the same work, timed by the
/// process's CPU time as well as the wall clock, so that time spent waiting for a core other jobs
/// hold does not count. Prints a Markdown table.
/// </summary>
public static class CpuTimeHarness
{
    public static void Run(int passes)
    {
        var text = AdCorpus.Build(AnalyzerBenchmarks.CorpusChars);
        using var index = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        using var query = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        using var standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        using var cjk = new CJKAnalyzer(LuceneVersion.LUCENE_48);
        (string Name, Analyzer Analyzer)[] analyzers =
        [
            ("ChineseAnalyzer (index)", index), ("ChineseAnalyzer (query)", query),
            ("StandardAnalyzer", standard), ("CJKAnalyzer (bigrams)", cjk),
        ];

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{text.Length} chars, {passes} passes each after 3 warm-up passes; load average {LoadAverage()}"));
        Console.WriteLine();
        Console.WriteLine("| Analyzer | tokens | wall M chars/s | CPU M chars/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, analyzer) in analyzers)
        {
            var tokens = 0;
            for (var i = 0; i < 3; i++)
            {
                tokens = Consume(analyzer, text);
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < passes; i++)
            {
                Consume(analyzer, text);
            }

            wall.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var chars = (double)text.Length * passes;
            Console.WriteLine(string.Create(inv, $"| {name} | {tokens} | {chars / wall.Elapsed.TotalSeconds / 1e6:F2} | {chars / cpu / 1e6:F2} |"));
        }

        var load = Process.GetCurrentProcess();
        var loadCpu = load.TotalProcessorTime;
        var loadWall = Stopwatch.StartNew();
        var words = ChineseDictionary.Create(includeAdVocabulary: true).WordCount;
        loadWall.Stop();
        load.Refresh();
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"Dictionary load (warm, {words} words): {loadWall.Elapsed.TotalMilliseconds:F0} ms wall, {(load.TotalProcessorTime - loadCpu).TotalMilliseconds:F0} ms CPU"));
    }

    private static int Consume(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        stream.Reset();
        var tokens = 0;
        while (stream.IncrementToken())
        {
            tokens++;
        }

        stream.End();
        return tokens;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
