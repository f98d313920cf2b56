using System.Diagnostics;
using System.Globalization;
using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Benchmarks.Search;

/// <summary><c>--profile-indexing</c>: where indexing CPU goes, per document, single-threaded.</summary>
internal static class IndexingProfile
{
    public static async Task RunAsync(Taxonomy taxonomy, int seed, int count)
    {
        var documents = new SyntheticCorpus(taxonomy, seed).Generate(count).ToList();
        var chars = documents.Sum(d => (d.Title?.Length ?? 0) + Text(d).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} documents, {chars / (double)count:N0} chars of text each on average"));

        using var chinese = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        using var bigram = new ChineseBigramAnalyzer();
        Report("Chinese analyzer (index mode), title + text", count, () =>
        {
            foreach (var d in documents)
            {
                Drain(chinese, d.Title);
                Drain(chinese, Text(d));
            }
        });
        Report("bigram analyzer, title + text", count, () =>
        {
            foreach (var d in documents)
            {
                Drain(bigram, d.Title + "\n" + Text(d));
            }
        });

        await Index("whole document (cold: JIT)", taxonomy, documents);
        await Index("whole document", taxonomy, documents);
        await Index("without tags", taxonomy, documents.Select(d => d with { Tags = [] }).ToList());
        await Index("tags only, no text", taxonomy, documents.Select(d => d with { Title = null, Subtitles = null, Body = null, Comments = null }).ToList());
    }

    private static async Task Index(string name, Taxonomy taxonomy, List<SearchDocument> documents)
    {
        var path = Path.Combine(Path.GetTempPath(), "assetbank-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new LuceneSearchIndex(new SearchOptions { IndexPath = path, IndexingThreads = 1, RamBufferSizeMB = 256, CommitEveryDocuments = 10_000_000 }, taxonomy);
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var batch in documents.Chunk(5000))
            {
                await index.IndexDocumentsAsync(batch);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  IndexDocumentsAsync, {name}: {cpu.TotalMicroseconds / documents.Count:N0} µs CPU per document (process, incl. flushes and merges)"));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void Report(string name, int count, Action action)
    {
        var before = ProcessCpu.Now() ?? TimeSpan.Zero;
        action();
        var cpu = (ProcessCpu.Now() ?? TimeSpan.Zero) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {cpu.TotalMicroseconds / count:N0} µs CPU per document"));
    }

    private static string Text(SearchDocument d) => string.Join('\n', new[] { d.Body, d.Subtitles, d.Comments, d.Captions }.Where(t => t is not null));

    private static void Drain(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        using var stream = analyzer.GetTokenStream("text", text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }
}
