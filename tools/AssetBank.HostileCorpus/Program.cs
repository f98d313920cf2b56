using System.Diagnostics;
using System.Globalization;
using AssetBank.HostileCorpus;

// Usage:
//   AssetBank.HostileCorpus OUTDIR                  write the corpus and cases.json
//   AssetBank.HostileCorpus measure OUTDIR [ID]     run each case (or one) in its own process; print outcome and peak memory
//   AssetBank.HostileCorpus run-one OUTDIR ID       (used by measure) run one case in this process
if (args.Length == 1)
{
    var watch = Stopwatch.StartNew();
    var cases = Corpus.Write(args[0]);
    var bytes = Directory.EnumerateFiles(args[0]).Sum(f => new FileInfo(f).Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} cases, {bytes / 1e6:0.0} MB, in {watch.Elapsed.TotalSeconds:0.0} s → {args[0]}"));
    return 0;
}

if (args.Length == 3 && args[0] == "run-one")
{
    var hostile = Corpus.Read(args[1]).Single(c => c.Id == args[2]);
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    string line;
    using (var runner = new CaseRunner())
    {
        try
        {
            var outcome = await runner.RunAsync(Path.Combine(args[1], hostile.FileName), CancellationToken.None);
            line = $"{outcome.Outcome} {outcome.Reason ?? string.Join(" | ", outcome.Warnings)}";
        }
        catch (OutOfMemoryException)
        {
            line = "crashed OutOfMemoryException";
        }
    }

    using var self = Process.GetCurrentProcess();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{hostile.Id}\tpeak {self.PeakWorkingSet64 / 1e6:0} MB\tallocated {allocated / 1e6:0} MB\t{watch.Elapsed.TotalSeconds:0.0} s\t{line}"));
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "measure")
{
    var ids = args.Length == 3 ? [args[2]] : Corpus.Read(args[1]).Select(c => c.Id).ToArray();
    foreach (var id in ids)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Corpus).Assembly.Location);
        }

        start.ArgumentList.Add("run-one");
        start.ArgumentList.Add(args[1]);
        start.ArgumentList.Add(id);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            child.Kill(entireProcessTree: true);
            output = $"{id}\tkilled after 3 minutes";
        }

        Console.Write(output.Length > 0 ? output : $"{id}\tcrashed (exit {child.ExitCode})\n");
    }

    return 0;
}

Console.Error.WriteLine("usage: AssetBank.HostileCorpus OUTDIR | measure OUTDIR [ID]");
return 2;
