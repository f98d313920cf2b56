using AssetBank.Benchmarks.Analysis;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/AssetBank.Benchmarks.Analysis -- --job short --filter '*'
var config = DefaultConfig.Instance.AddColumn(new CharsPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args, config);
