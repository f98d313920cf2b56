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
if (Directory.Exists(indexPath))
{
    Directory.Delete(indexPath, recursive: true);
}

var loadBefore = LoadAverage();
Line(string.Create(culture, $"## {options.Documents:N0} documents — {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}"));
Line(string.Empty);
Line(string.Create(culture, $"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20):N0} MiB available to the GC"));
Line(string.Create(culture, $"- load average before: {loadBefore} (the machine is shared; other engineers' builds and tests run alongside)"));
Line(string.Create(culture, $"- settings: seed {options.Seed}, {options.Threads} indexing threads, RAM buffer {options.RamBufferMB} MB, {options.Warmup} warm-up + {options.Queries} timed queries per shape, page size 20 with snippets"));

var taxonomy = TaxonomyLoader.LoadDefault();
var corpus = new SyntheticCorpus(taxonomy, options.Seed);
var searchOptions = new SearchOptions
{
    IndexPath = indexPath,
    IndexingThreads = options.Threads,
    RamBufferSizeMB = options.RamBufferMB,
    CommitInterval = TimeSpan.FromMinutes(30),
    CommitEveryDocuments = 1_000_000,
};

using (var index = new LuceneSearchIndex(searchOptions, taxonomy))
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
    var built = await index.RebuildAsync(corpus.StreamAsync(options.Documents), progress);
    var buildTime = stopwatch.Elapsed;
    var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

    // 2. Near-real-time ingestion: batches through IndexAsync, each searchable when the call returns.
    var nrt = new SyntheticCorpus(taxonomy, options.Seed + 1).Generate(options.NrtDocuments, firstId: 100_000_000).Chunk(options.Batch).ToList();
    stopwatch.Restart();
    cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    foreach (var batch in nrt)
    {
        await index.IndexAsync(batch);
    }

    var nrtTime = stopwatch.Elapsed;
    var nrtCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    await index.CommitAsync();
    var size = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length);

    Line(string.Empty);
    Line("| indexing | documents | wall time | rate (wall) | CPU time | docs per CPU-second |");
    Line("|---|---:|---:|---:|---:|---:|");
    Line(string.Create(culture, $"| bulk (`RebuildAsync`, {options.Threads} threads) | {built:N0} | {buildTime.TotalSeconds:N1} s | **{built / buildTime.TotalSeconds:N0} docs/s** | {buildCpu.TotalSeconds:N1} s | {built / buildCpu.TotalSeconds:N0} |"));
    Line(string.Create(culture, $"| near-real-time (`IndexAsync`, batches of {options.Batch}, refresh after each) | {options.NrtDocuments:N0} | {nrtTime.TotalSeconds:N1} s | **{options.NrtDocuments / nrtTime.TotalSeconds:N0} docs/s** | {nrtCpu.TotalSeconds:N1} s | {options.NrtDocuments / nrtCpu.TotalSeconds:N0} |"));
    Line(string.Empty);
    var total = await index.CountAsync();
    Line(string.Create(culture, $"Index on disk: {size / (1 << 20):N0} MiB for {total:N0} documents."));

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

    var shapeIndex = 0;
    foreach (var shape in QueryShapes.All)
    {
        var random = new Random(options.Seed * 31 + shapeIndex++);

        var timings = new List<double>(options.Queries);
        var cpu = new List<double>(options.Queries);
        long hits = 0;
        for (var i = 0; i < options.Queries; i++)
        {
            var query = shape.Next(random);
            var cpuStart = ThreadCpu.Now();
            var started = Stopwatch.GetTimestamp();
            var results = index.SearchAsync(query).GetAwaiter().GetResult();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (cpuStart is { } before && ThreadCpu.Now() is { } after)
            {
                cpu.Add((after - before).TotalMilliseconds);
            }

            hits += results.TotalHits;
        }

        var latencies = new Latencies(timings);
        var cpuLatencies = new Latencies(cpu);
        Line(string.Create(culture, $"| {shape.Name} | {latencies.Percentile(50):N1} ms | **{latencies.Percentile(95):N1} ms** | {latencies.Percentile(99):N1} ms | {latencies.Mean:N1} ms | {latencies.Max:N1} ms | {cpuLatencies.Percentile(50):N1} ms | **{cpuLatencies.Percentile(95):N1} ms** | {cpuLatencies.Percentile(99):N1} ms | {hits / Math.Max(1, options.Queries):N0} |"));
    }

    Line(string.Empty);
    foreach (var shape in QueryShapes.All)
    {
        Line($"- *{shape.Name}*: {shape.Description}");
    }

    // Where a dimension-only query spends its CPU: reading the text, then the search without and with snippets.
    var breakdownRandom = new Random(options.Seed);
    var queries = Enumerable.Range(0, options.Queries).Select(_ => QueryShapes.All[0].Next(breakdownRandom)).ToList();
    double CpuPercentile(Action<SearchQuery> run)
    {
        var samples = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var before = ThreadCpu.Now();
            run(query);
            if (before is { } b && ThreadCpu.Now() is { } a)
            {
                samples.Add((a - b).TotalMilliseconds);
            }
        }

        return new Latencies(samples).Percentile(50);
    }

    var interpretOnly = CpuPercentile(q => index.Interpret(q.Text));
    var noSnippets = CpuPercentile(q => index.SearchAsync(q with { IncludeSnippets = false }).GetAwaiter().GetResult());
    var withSnippets = CpuPercentile(q => index.SearchAsync(q).GetAwaiter().GetResult());
    Line(string.Empty);
    Line(string.Create(culture, $"Breakdown of a dimension-only query (CPU p50): interpretation {interpretOnly:N2} ms; whole search without snippets {noSnippets:N2} ms; with snippets {withSnippets:N2} ms."));

    var sample = await index.SearchAsync(new SearchQuery { Text = "母婴 夜醒 焦虑 新手爸爸", PageSize = 3, HitsPerGroup = 1 });
    Line(string.Empty);
    Line(string.Create(culture, $"Sample: `母婴 夜醒 焦虑 新手爸爸` → {sample.TotalHits:N0} hits in {sample.Elapsed.TotalMilliseconds:N1} ms, groups: {sample.GroupSummary}; top hit: {(sample.Hits.Count > 0 ? sample.Hits[0].Snippet?.Render("【", "】") : null)}"));
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
