using System.Diagnostics;
using AssetBank.Core.Similarity;
using AssetBank.Similarity.Indexing;

namespace AssetBank.SimilarityEval;

/// <summary>
/// Stage-1 query time against a large library: the real reference signatures plus random 256-bit codes up to
/// <c>size</c>, queried with the real signatures, multi-index hashing against the linear scan in the same run.
/// </summary>
internal static class Stage1Benchmark
{
    public static void Run(List<ImageSignature> real, int size, int maxChunkRadius)
    {
        var random = new Random(5);
        var mih = new MultiIndexHashIndex(maxChunkRadius);
        var linear = new LinearScanIndex();
        for (var i = 0; i < size; i++)
        {
            var signature = i < real.Count ? real[i] : Random(random);
            mih.Add(i, signature);
            linear.Add(i, signature);
        }

        var queries = real.Take(100).ToList();
        var mihTimes = Time(queries, q => mih.Query(q, 12));
        var linearTimes = Time(queries.Take(20).ToList(), q => linear.Query(q, 12));
        var agree = queries.Take(20).Count(q => mih.Query(q, 1)[0].Id == linear.Query(q, 1)[0].Id);
        Console.WriteLine();
        Console.WriteLine($"stage 1 against {size:N0} references: multi-index p50 {P(mihTimes, 50):0.00} ms, p95 {P(mihTimes, 95):0.00} ms; linear scan p50 {P(linearTimes, 50):0.0} ms, p95 {P(linearTimes, 95):0.0} ms; same top candidate {agree}/20");
    }

    private static ImageSignature Random(Random random)
    {
        Hash256 H() => new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
        return new ImageSignature(H(), H(), H(), H(), [.. Enumerable.Range(0, 15).Select(_ => H())], LocalFeatures.Empty, LocalFeatures.Empty, false);
    }

    private static List<double> Time(List<ImageSignature> queries, Action<ImageSignature> query)
    {
        var times = new List<double>();
        foreach (var q in queries)
        {
            var clock = Stopwatch.StartNew();
            query(q);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double P(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
