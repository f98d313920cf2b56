using AssetBank.Benchmarks.Analysis;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/AssetBank.Benchmarks.Analysis -- --job short --filter '*'
// dotnet run -c Release --project tools/AssetBank.Benchmarks.Analysis -- --cpu-time   (CPU-time companion)
if (args is ["--cpu-time", ..])
{
    CpuTimeHarness.Run(passes: 20);
    return;
}

var config = DefaultConfig.Instance.AddColumn(new CharsPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args, config);
