using AssetBank.Core.Search;

namespace AssetBank.Benchmarks.Search;

/// <summary>A kind of query the benchmark times, with a generator of its queries.</summary>
internal sealed record QueryShape(string Name, string Description, Func<Random, SearchQuery> Next);
