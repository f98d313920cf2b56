using System.Diagnostics;
using AssetBank.Core.Similarity;
using AssetBank.Similarity.Copy;

namespace AssetBank.CopySimilarityEval;

/// <summary>Query time with the LSH index against a linear scan over a large generated reference set (fingerprints precomputed for both).</summary>
internal static class ScaleBenchmark
{
    public static void Run(CopySimilarityEngine engine, CopyGenerator generator, List<string> references, List<Query> queries, int scale)
    {
        if (scale <= references.Count)
        {
            return;
        }

        var texts = new List<string>(references);
        while (texts.Count < scale)
        {
            texts.Add(generator.Reference(generator.AnyTopic()).Text);
        }

        var clock = Stopwatch.StartNew();
        var prints = texts.Select(engine.Describe).ToArray();
        var describe = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var index = engine.CreateIndex();
        for (var i = 0; i < prints.Length; i++)
        {
            index.Add(i, prints[i].Signature);
        }

        var build = clock.Elapsed.TotalMilliseconds;
        var sample = queries.Where((_, i) => i % (queries.Count / 100) == 0).Take(100).ToList();
        var lsh = new List<double>();
        var candidates = new List<int>();
        foreach (var query in sample)
        {
            clock.Restart();
            var print = engine.Describe(query.Text);
            var found = index.Query(print);
            foreach (var id in found)
            {
                _ = engine.Compare(print, prints[id]);
            }

            lsh.Add(clock.Elapsed.TotalMilliseconds);
            candidates.Add(found.Count);
        }

        var linear = new List<double>();
        foreach (var query in sample.Take(10))
        {
            clock.Restart();
            var print = engine.Describe(query.Text);
            foreach (var reference in prints)
            {
                _ = engine.Compare(print, reference);
            }

            linear.Add(clock.Elapsed.TotalMilliseconds);
        }

        lsh.Sort();
        Console.WriteLine();
        Console.WriteLine($"## Query time against {texts.Count:N0} references (generated, {Environment.ProcessorCount} cores, one thread)");
        Console.WriteLine($"fingerprinting {describe / texts.Count * 1000:0.0} µs per reference text; index build {build:0} ms");
        Console.WriteLine($"LSH + verification: mean {lsh.Average():0.0} ms, p95 {lsh[(int)(lsh.Count * 0.95)]:0.0} ms, candidates per query mean {candidates.Average():0}, max {candidates.Max()} ({sample.Count} queries)");
        Console.WriteLine($"linear scan + verification: mean {linear.Average():0} ms ({linear.Count} queries); LSH is {linear.Average() / lsh.Average():0}× faster");
    }
}
