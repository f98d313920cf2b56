using System.Diagnostics;
using System.Globalization;
using AssetBank.Catalog.Sqlite;
using AssetBank.Core.Assets;
using AssetBank.HostileCorpus;

namespace AssetBank.Cli.Tests;

/// <summary>
/// The hostile corpus through the real CLI: all together in one ingest and one object at a time, each with a named
/// outcome, the process's peak memory under the budget, nothing read outside the store, the good objects ingested.
/// </summary>
public sealed class HostileCorpusIngestTests : IDisposable
{
    /// <summary>
    /// The per-object budget (the process's whole peak, runtime included, while it ingests one object). How much garbage
    /// the GC leaves uncollected follows the memory the machine offers: the same build peaked at 453 MB on the 1 M-row
    /// list on one machine and at 600 MB on another (with a 448 MB heap cap it succeeds at 497 MB, under 320 MB it runs
    /// out), so the budget leaves room for that spread and still fails a return of the old row limit (1.7 GB).
    /// </summary>
    private const long PeakBudgetBytes = 768L << 20;

    /// <summary>One process ingesting the whole corpus: the budget plus what the runtime keeps between objects (562–711 MB measured).</summary>
    private const long WholeRunBudgetBytes = 896L << 20;

    private readonly string _data = Directory.CreateTempSubdirectory("assetbank-hostile-cli-").FullName;
    private readonly IReadOnlyList<HostileCase> _cases;

    public HostileCorpusIngestTests()
    {
        var written = Path.Combine(_data, "corpus");
        _cases = Corpus.Write(written);
        var folder = Path.Combine(_data, "store", "hostile");
        // One folder per case, so each can be ingested alone by a prefix even when its own name is not a valid key.
        for (var i = 0; i < _cases.Count; i++)
        {
            var caseFolder = Path.Combine(folder, i.ToString("D2", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(caseFolder);
            File.Move(Path.Combine(written, _cases[i].FileName), Path.Combine(caseFolder, _cases[i].FileName));
        }

        // Links out of the store: they must be recorded as failures, never followed.
        File.CreateSymbolicLink(Path.Combine(folder, "passwd_link.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(folder, "etc_dir_link"), "/etc");
    }

    [Fact]
    public async Task The_whole_corpus_in_one_ingest_gets_a_named_outcome_for_every_object()
    {
        var (code, error, peak, _) = await RunMeasuredAsync("ingest", "--data", _data, "--set", "Ingestion:MaxConcurrency=1");

        Assert.True(code == 0, error);
        Assert.True(peak <= WholeRunBudgetBytes, $"peak RSS {peak >> 20} MB over the budget");
        using var catalog = new SqliteCatalog(Path.Combine(_data, "catalog.db"));
        for (var i = 0; i < _cases.Count; i++)
        {
            AssertOutcome(_cases[i], await FindAsync(catalog, i));
        }

        foreach (var link in new[] { "hostile/passwd_link.txt", "hostile/etc_dir_link" })
        {
            var asset = await catalog.Reader.FindByKeyAsync(link, CancellationToken.None);
            Assert.True(asset is { Status: AssetStatus.Failed }, $"{link}: {asset?.Status}");
        }

        var (searchCode, output, _) = await CliProcess.RunAsync("search", "root", "--json", "--data", _data);
        Assert.Equal(0, searchCode);
        Assert.DoesNotContain("root:x:0:0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_hostile_object_alone_stays_under_the_memory_budget_and_the_time_limit()
    {
        var figures = new List<string>();
        for (var i = 0; i < _cases.Count; i++)
        {
            var hostile = _cases[i];
            var (code, error, peak, elapsed) = await RunMeasuredAsync("ingest", "--data", _data, "--prefix", Folder(i));
            Assert.True(code == 0, $"{hostile.Id}: {error}");
            Assert.True(peak <= PeakBudgetBytes, $"{hostile.Id}: peak RSS {peak >> 20} MB over the budget");
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{hostile.Id}\t{peak >> 20} MB\t{elapsed.TotalSeconds:F1} s"));
        }

        using var catalog = new SqliteCatalog(Path.Combine(_data, "catalog.db"));
        for (var i = 0; i < _cases.Count; i++)
        {
            AssertOutcome(_cases[i], await FindAsync(catalog, i));
        }

        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "assetbank-hostile-figures.tsv"), figures);
    }

    [Fact]
    public async Task A_runaway_extraction_fails_its_own_object_at_the_heap_budget_and_the_run_goes_on()
    {
        var merges = _cases.Select((c, i) => (c, i)).Single(x => x.c.Id == "xlsx-merges").i;
        var good = _cases.Select((c, i) => (c, i)).Single(x => x.c.Id == "good-brief").i;
        // The merges bomb needs ~560 MB with the old cell budget; under a 200 MB heap it must fail alone.
        var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0xC800000" };
        using var process = CliProcess.Start(environment, "ingest", "--data", _data, "--set", "Extraction:MaxCells=4000000", "--set", "Ingestion:MaxConcurrency=1");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error + await output);
        using var catalog = new SqliteCatalog(Path.Combine(_data, "catalog.db"));
        var bomb = await FindAsync(catalog, merges);
        Assert.Equal(AssetStatus.Failed, bomb!.Status);
        Assert.Contains("OutOfMemory", bomb.FailureReason, StringComparison.Ordinal);
        Assert.Equal(AssetStatus.Processed, (await FindAsync(catalog, good))!.Status);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static string Folder(int index) => $"hostile/{index.ToString("D2", CultureInfo.InvariantCulture)}/";

    /// <summary>The case's outcome: the one asset recorded under its folder, whatever its (hostile) name became.</summary>
    private static async Task<Asset?> FindAsync(SqliteCatalog catalog, int index)
    {
        Asset? found = null;
        await foreach (var asset in catalog.Reader.ListAsync(new Core.Catalog.AssetFilter(KeyPrefix: Folder(index)), CancellationToken.None))
        {
            Assert.True(found is null, $"two outcomes under {Folder(index)}");
            found = asset;
        }

        return found;
    }

    private static void AssertOutcome(HostileCase hostile, Asset? asset)
    {
        Assert.True(asset is not null, $"{hostile.Id} ({hostile.FileName}) has no outcome in the catalog");
        // Detection and extraction would read these files fine; the bank refuses keys that are not in normal form (they
        // would read as another key) or hold control characters, with a reason that says to rename the object.
        var refusedByName = hostile.Id is "name-nfd-chinese" or "name-control-chars";
        var expected = hostile.Expected == HostileCase.Failed || refusedByName ? AssetStatus.Failed : AssetStatus.Processed;
        Assert.True(asset.Status == expected, $"{hostile.Id}: expected {expected}, got {asset.Status} ({asset.FailureReason})");
        if (expected == AssetStatus.Failed)
        {
            Assert.False(string.IsNullOrWhiteSpace(asset.FailureReason), $"{hostile.Id}: failed without a reason");
        }
    }

    /// <summary>Runs the CLI and samples its peak resident memory (VmHWM) from /proc until it exits.</summary>
    private static async Task<(int ExitCode, string Error, long PeakBytes, TimeSpan Elapsed)> RunMeasuredAsync(params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        using var process = CliProcess.Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await error, peak, clock.Elapsed);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process exited between the check and the read.
        }

        return 0;
    }
}
