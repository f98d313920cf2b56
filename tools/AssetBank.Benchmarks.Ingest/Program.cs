using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Hosting;
using AssetBank.Application.Ingesting;
using AssetBank.Ingestion;
using AssetBank.Ingestion.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// Ingest throughput on one store, with the raw list-and-read speed of the same store measured in the same run as
// the baseline: the ratio says how much of the store's own speed the pipeline keeps.
// usage: AssetBank.Benchmarks.Ingest [--provider FileSystem|Minio] [--objects N] [--kib K] [--concurrency C]
var settings = ParseArguments(args);
var provider = settings.GetValueOrDefault("provider", "FileSystem");
var objects = int.Parse(settings.GetValueOrDefault("objects", "2000"), CultureInfo.InvariantCulture);
var kib = int.Parse(settings.GetValueOrDefault("kib", "64"), CultureInfo.InvariantCulture);
var concurrency = settings.GetValueOrDefault("concurrency", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
var folder = Directory.CreateTempSubdirectory("assetbank-bench-").FullName;
var overrides = new Dictionary<string, string?>
{
    ["Store:Provider"] = provider,
    ["Store:FileSystem:Root"] = Path.Combine(folder, "store"),
    ["Store:Minio:Bucket"] = $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}",
    ["Catalog:Path"] = Path.Combine(folder, "catalog.db"),
    ["Ingestion:MaxConcurrency"] = concurrency,
    ["Ingestion:WorkDirectory"] = Path.Combine(folder, "work"),
};
foreach (var (name, variable) in new[] { ("Endpoint", "ASSETBANK_TEST_S3_ENDPOINT"), ("AccessKey", "ASSETBANK_TEST_S3_ACCESS_KEY"), ("SecretKey", "ASSETBANK_TEST_S3_SECRET_KEY") })
{
    if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
    {
        overrides[$"Store:Minio:{name}"] = value;
    }
}

var configuration = AssetBankConfiguration.Build(overrides: overrides);
await using var services = new ServiceCollection()
    .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
    .AddAssetBank(configuration)
    .BuildServiceProvider();
var store = services.GetRequiredService<IObjectStore>();
await store.EnsureReadyAsync(CancellationToken.None);

Console.WriteLine($"# ingest benchmark: {provider} ({store.Name}), {objects} objects × {kib} KiB, concurrency {concurrency}");
Console.WriteLine($"# {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
var random = new Random(42);
var text = string.Concat(Enumerable.Repeat("凌晨三点，宝宝又醒了，新手爸爸手忙脚乱地冲奶粉。", kib * 1024 / 66 + 1));
var put = Stopwatch.StartNew();
for (var i = 0; i < objects; i++)
{
    // Unique content per object so hashes and ETags differ as in real data.
    var bytes = System.Text.Encoding.UTF8.GetBytes($"{i}:{random.Next()}\n{text}")[..(kib * 1024)];
    await store.PutAsync($"bench/{i / 500:D3}/{i:D6}.txt", new MemoryStream(bytes), ObjectWriteOptions.Default, CancellationToken.None);
}

put.Stop();
var totalMb = objects * kib / 1024.0;
Console.WriteLine($"put:                  {objects / put.Elapsed.TotalSeconds,9:F1} objects/s {totalMb / put.Elapsed.TotalSeconds,8:F1} MB/s");

// Baseline: list the store and read every byte, with the same concurrency and no pipeline.
var raw = Stopwatch.StartNew();
var keys = new List<string>();
await foreach (var item in store.ListAsync("bench/", CancellationToken.None))
{
    keys.Add(item.Key);
}

await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = int.Parse(concurrency, CultureInfo.InvariantCulture) }, async (key, ct) =>
{
    await using var stream = await store.OpenReadAsync(key, null, ct);
    await stream.CopyToAsync(Stream.Null, ct);
});
raw.Stop();
var rawRate = objects / raw.Elapsed.TotalSeconds;
Console.WriteLine($"baseline list+read:   {rawRate,9:F1} objects/s {totalMb / raw.Elapsed.TotalSeconds,8:F1} MB/s");

// The foundation alone (discover, spool + SHA-256, detect, commit), then every stage (extract, tag, …) on a fresh
// catalog over the same objects.
foreach (var (label, detectOnly) in new[] { ("ingest, detect only:", true), ("ingest, all stages: ", false) })
{
    var catalogPath = Path.Combine(folder, detectOnly ? "detect.db" : "all.db");
    var stageConfiguration = AssetBankConfiguration.Build(overrides: new Dictionary<string, string?>(overrides) { ["Catalog:Path"] = catalogPath });
    var stageServices = new ServiceCollection()
        .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
        .AddAssetBank(stageConfiguration);
    if (detectOnly)
    {
        stageServices.RemoveAll<IIngestionStage>();
        stageServices.AddSingleton<IIngestionStage, DetectStage>();
    }

    await using var stageProvider = stageServices.BuildServiceProvider();
    var pipeline = stageProvider.GetRequiredService<IngestionPipeline>();
    var report = await pipeline.RunAsync(new IngestionRequest("bench/"), null, CancellationToken.None);
    Console.WriteLine($"{label}  {report.ObjectsPerSecond,9:F1} objects/s {report.MegabytesPerSecond,8:F1} MB/s  {report.ObjectsPerSecond / rawRate,6:P1} of baseline  ({report.Processed} processed, {report.Failed} failed)");
    if (detectOnly)
    {
        var again = Stopwatch.StartNew();
        var second = await pipeline.RunAsync(new IngestionRequest("bench/"), null, CancellationToken.None);
        again.Stop();
        Console.WriteLine($"re-run (no changes):   {second.Listed / again.Elapsed.TotalSeconds,9:F1} objects/s listed and skipped ({second.Unchanged} unchanged, {second.Processed} processed)");
    }
}

if (provider.Equals("Minio", StringComparison.OrdinalIgnoreCase))
{
    foreach (var key in keys)
    {
        await store.DeleteAsync(key, CancellationToken.None);
    }
}

Directory.Delete(folder, recursive: true);
return 0;

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i].TrimStart('-')] = args[i + 1];
    }

    return result;
}
