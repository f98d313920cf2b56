using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AssetBank.Benchmarks.Search;
using AssetBank.Core.Search;
using AssetBank.Search;
using AssetBank.Tagging.Taxonomies;

// Search benchmark: builds an index of N synthetic documents, then times queries of several shapes. See README-style
// notes in RESULTS.md. Not a timed test: figures depend on the machine and on what else runs on it.
if (args.Contains("--profile-indexing"))
{
    await IndexingProfile.RunAsync(TaxonomyLoader.LoadDefault(), seed: 42, count: 20_000);
    return;
}

var options = BenchmarkOptions.Parse(args);
var culture = CultureInfo.InvariantCulture;
var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

var indexPath = options.IndexPath ?? Path.Combine(Path.GetTempPath(), "assetbank-search-bench-" + Guid.NewGuid().ToString("N"));
if (Directory.Exists(indexPath) && !options.Reuse)
{
    Directory.Delete(indexPath, recursive: true);
}

var loadBefore = LoadAverage();
Line(string.Create(culture, $"## {options.Documents:N0} documents — {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}"));
Line(string.Empty);
Line(string.Create(culture, $"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20):N0} MiB available to the GC"));
Line(string.Create(culture, $"- load average before: {loadBefore} (the machine is shared; other engineers' builds and tests run alongside)"));
Line(string.Create(culture, $"- settings: seed {options.Seed}, {options.Threads} indexing threads, {options.SearchThreads} search threads, RAM buffer {options.RamBufferMB} MB, {options.Warmup} warm-up + {options.Queries} timed queries per shape, page size 20 with snippets"));

var taxonomy = TaxonomyLoader.LoadDefault();
var corpus = new SyntheticCorpus(taxonomy, options.Seed);
var searchOptions = new SearchOptions
{
    IndexPath = indexPath,
    IndexingThreads = options.Threads,
    SearchThreads = options.SearchThreads,
    RamBufferSizeMB = options.RamBufferMB,
    CommitInterval = TimeSpan.FromMinutes(30),
    CommitEveryDocuments = 1_000_000,
};

if (!options.Reuse)
{
    using var index = new LuceneSearchIndex(searchOptions, taxonomy);
    await BuildAsync(index);
}

// Queries are timed on the index opened afresh, as a service finds it: closing the writer above waited for its
// background merges, and the indexing garbage is collected, so neither competes with the queries.
GC.Collect();
GC.WaitForPendingFinalizers();
using (var index = new LuceneSearchIndex(searchOptions, taxonomy))
{
    var documents = await index.CountAsync();
    var segments = Directory.EnumerateFiles(indexPath, "*.si").Count();
    Line(string.Empty);
    Line(string.Create(culture, $"Queries on the index reopened after indexing: {documents:N0} documents in {segments} segments{(options.Reuse ? " (index kept by an earlier run; indexing not measured)" : string.Empty)}."));
    await QueryAsync(index);
}

Line(string.Create(culture, $"- load average after: {LoadAverage()}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB"));
Line(string.Empty);

if (options.Output is { } output)
{
    await File.AppendAllTextAsync(output, report.ToString());
    Console.WriteLine($"Appended to {output}");
}

if (!options.Keep)
{
    Directory.Delete(indexPath, recursive: true);
}

async Task BuildAsync(LuceneSearchIndex index)
{
    // 1. Bulk build through RebuildAsync, as `assetbank reindex` does.
    var stopwatch = Stopwatch.StartNew();
    var lastShown = 0L;
    var progress = new SynchronousProgress(count =>
    {
        if (count - lastShown >= 100_000)
        {
            lastShown = count;
            Console.WriteLine(string.Create(culture, $"  … {count:N0} documents, {count / stopwatch.Elapsed.TotalSeconds:N0} docs/s"));
        }
    });
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var built = await index.RebuildDocumentsAsync(corpus.StreamAsync(options.Documents), 1, progress);
    var buildTime = stopwatch.Elapsed;
    var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

    // 2. Near-real-time ingestion: batches through IndexDocumentsAsync (the write path of ApplyChangesAsync), each searchable when the call returns.
    var nrt = new SyntheticCorpus(taxonomy, options.Seed + 1).Generate(options.NrtDocuments, firstId: 100_000_000).Chunk(options.Batch).ToList();
    stopwatch.Restart();
    cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    foreach (var batch in nrt)
    {
        await index.IndexDocumentsAsync(batch);
    }

    var nrtTime = stopwatch.Elapsed;
    var nrtCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    await index.CommitAsync();
    var size = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length);

    Line(string.Empty);
    Line("| indexing | documents | wall time | rate (wall) | CPU time | docs per CPU-second |");
    Line("|---|---:|---:|---:|---:|---:|");
    Line(string.Create(culture, $"| bulk (`RebuildDocumentsAsync`, {options.Threads} threads) | {built:N0} | {buildTime.TotalSeconds:N1} s | **{built / buildTime.TotalSeconds:N0} docs/s** | {buildCpu.TotalSeconds:N1} s | {built / buildCpu.TotalSeconds:N0} |"));
    Line(string.Create(culture, $"| near-real-time (`IndexDocumentsAsync`, batches of {options.Batch}, refresh after each) | {options.NrtDocuments:N0} | {nrtTime.TotalSeconds:N1} s | **{options.NrtDocuments / nrtTime.TotalSeconds:N0} docs/s** | {nrtCpu.TotalSeconds:N1} s | {options.NrtDocuments / nrtCpu.TotalSeconds:N0} |"));
    Line(string.Empty);
    var total = await index.CountAsync();
    Line(string.Create(culture, $"Index on disk: {size / (1 << 20):N0} MiB for {total:N0} documents."));

}

async Task QueryAsync(LuceneSearchIndex index)
{
    // 3. Queries, warm: each shape gets its own deterministic random stream.
    Line(string.Empty);
    Line("| query shape | p50 | p95 | p99 | mean | max | CPU p50 | CPU p95 | CPU p99 | mean hits |");
    Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    // Warm every shape first (JIT tiering, caches), with its own random stream so timed queries are not repeats.
    var warmRandom = new Random(options.Seed * 7);
    for (var round = 0; round < 2; round++)
    {
        foreach (var shape in QueryShapes.All)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                await index.SearchAsync(shape.Next(warmRandom));
            }
        }

        await Task.Delay(500);
    }

    // Timed: the shapes take turns, query by query, so that bursts of load from other processes on this shared machine
    // fall on all of them alike rather than on whichever shape happened to run then.
    var streams = QueryShapes.All.Select((_, i) => new Random((options.Seed * 31) + i)).ToArray();
    var wall = QueryShapes.All.Select(_ => new List<double>(options.Queries)).ToArray();
    var cpu = QueryShapes.All.Select(_ => new List<double>(options.Queries)).ToArray();
    var hits = new long[QueryShapes.All.Count];
    for (var i = 0; i < options.Queries; i++)
    {
        for (var s = 0; s < QueryShapes.All.Count; s++)
        {
            var query = QueryShapes.All[s].Next(streams[s]);
            var cpuStart = ProcessCpu.Now();
            var started = Stopwatch.GetTimestamp();
            var results = index.SearchAsync(query).GetAwaiter().GetResult();
            wall[s].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (cpuStart is { } before && ProcessCpu.Now() is { } after)
            {
                cpu[s].Add((after - before).TotalMilliseconds);
            }

            hits[s] += results.TotalHits;
        }
    }

    for (var s = 0; s < QueryShapes.All.Count; s++)
    {
        var latencies = new Latencies(wall[s]);
        var cpuLatencies = new Latencies(cpu[s]);
        Line(string.Create(culture, $"| {QueryShapes.All[s].Name} | {latencies.Percentile(50):N1} ms | **{latencies.Percentile(95):N1} ms** | {latencies.Percentile(99):N1} ms | {latencies.Mean:N1} ms | {latencies.Max:N1} ms | {cpuLatencies.Percentile(50):N1} ms | **{cpuLatencies.Percentile(95):N1} ms** | {cpuLatencies.Percentile(99):N1} ms | {hits[s] / Math.Max(1, options.Queries):N0} |"));
    }

    Line(string.Empty);
    foreach (var shape in QueryShapes.All)
    {
        Line($"- *{shape.Name}*: {shape.Description}");
    }

    // Where a dimension-only query spends its CPU: reading the text, then the search without and with snippets.
    var breakdownRandom = new Random(options.Seed);
    var queries = Enumerable.Range(0, options.Queries).Select(_ => QueryShapes.All[0].Next(breakdownRandom)).ToList();
    Action<SearchQuery>[] steps =
    [
        q => index.Interpret(q.Text),
        q => index.SearchAsync(q with { IncludeSnippets = false }).GetAwaiter().GetResult(),
        q => index.SearchAsync(q).GetAwaiter().GetResult(),
        q => index.SearchAsync(q with { IncludeFacets = true }).GetAwaiter().GetResult(),
        q => index.SearchAsync(q with { IncludeFacets = true, HitsPerGroup = 3 }).GetAwaiter().GetResult(),
    ];
    var stepCpu = steps.Select(_ => new List<double>(queries.Count)).ToArray();
    foreach (var query in queries)
    {
        // Once untimed, so that each step below finds the same warm caches and the differences are the added work.
        steps[2](query);
        for (var s = 0; s < steps.Length; s++)
        {
            var before = ProcessCpu.Now();
            steps[s](query);
            if (before is { } b && ProcessCpu.Now() is { } a)
            {
                stepCpu[s].Add((a - b).TotalMilliseconds);
            }
        }
    }

    var p50 = stepCpu.Select(samples => new Latencies(samples).Percentile(50)).ToArray();
    Line(string.Empty);
    Line(string.Create(culture, $"Breakdown of dimension-only queries (CPU p50; each query run once untimed, then each step; load average now {LoadAverage()}): reading the text {p50[0]:N2} ms; search without snippets {p50[1]:N2} ms; + snippets {p50[2]:N2} ms; + facets and group counts {p50[3]:N2} ms; + 3 hits per group {p50[4]:N2} ms."));

    var sampleQuery = new SearchQuery { Text = "母婴 夜醒 焦虑 新手爸爸", PageSize = 3, HitsPerGroup = 1 };
    var sample = await index.SearchAsync(sampleQuery);
    var sampleTimes = new List<double>();
    for (var i = 0; i < 9; i++)
    {
        sample = await index.SearchAsync(sampleQuery);
        sampleTimes.Add(sample.Elapsed.TotalMilliseconds);
    }

    Line(string.Empty);
    Line(string.Create(culture, $"Sample: `母婴 夜醒 焦虑 新手爸爸` → {sample.TotalHits:N0} hits in {new Latencies(sampleTimes).Percentile(50):N1} ms (median of 9 warm runs), groups: {sample.GroupSummary}; top hit: {(sample.Hits.Count > 0 ? sample.Hits[0].Snippet?.Render("【", "】") : null)}"));
}

static string LoadAverage()
{
    try
    {
        var fields = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{fields[0]} / {fields[1]} / {fields[2]} (1 / 5 / 15 min)";
    }
    catch (IOException)
    {
        return "unknown";
    }
}
