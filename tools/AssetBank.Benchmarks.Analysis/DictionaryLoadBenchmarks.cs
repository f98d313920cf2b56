using AssetBank.Analysis.Chinese;
using BenchmarkDotNet.Attributes;

namespace AssetBank.Benchmarks.Analysis;

/// <summary>Loading the embedded dictionary (jieba core + ad vocabulary), what the first analyzer of a process pays once.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    private readonly bool _includeAdVocabulary = true;

    [Benchmark(Description = "ChineseDictionary.Create (core + ad vocabulary)")]
    public int Load() => ChineseDictionary.Create(_includeAdVocabulary).WordCount;
}
