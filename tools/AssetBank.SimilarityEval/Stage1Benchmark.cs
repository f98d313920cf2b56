using System.Diagnostics;
using AssetBank.Core.Similarity;
using AssetBank.Similarity;
using AssetBank.Similarity.Indexing;

namespace AssetBank.SimilarityEval;

/// <summary>
/// Stage-1 query time and candidate recall against a large library: the real reference signatures planted among
/// distractors made from them (each distractor is a real reference's hashes with 25–50 % of their bits flipped at
/// random, so distractors keep the bit statistics of photographs and crowd the real ones), queried with the real
/// altered copies. The multi-index and the linear scan are built and timed in the same run.
/// </summary>
internal static class Stage1Benchmark
{
    private const int Candidates = 12;

    public static void Run(List<ImageSignature> real, List<PlantedQuery> planted, int size)
    {
        // Every seventh altered copy: 7 and the 20 alterations share no factor, so every alteration is in the sample.
        var queries = planted.Where((_, i) => i % 7 == 0).ToList();
        var library = Library(real, size);
        Console.WriteLine();
        Console.WriteLine($"stage 1 against {size:N0} references ({real.Count} real, the rest distractors), {queries.Count} altered copies as queries, top {Candidates}:");

        var before = Allocated();
        var clock = Stopwatch.StartNew();
        var options = new ImageSimilarityOptions();
        var mih = new MultiIndexHashIndex(options.MaxChunkRadius, options.MaxVerifiedHashes);
        Fill(mih, library);
        mih.Query(real[0], Candidates);
        var mihBuild = clock.Elapsed.TotalSeconds;
        var mihBytes = Allocated() - before;
        Measure(q => mih.Query(q, Candidates), queries.Take(20).ToList());
        var budgets = new[] { options.MaxVerifiedHashes / 4, options.MaxVerifiedHashes / 2, options.MaxVerifiedHashes, options.MaxVerifiedHashes * 2, options.MaxVerifiedHashes * 4 };
        var byBudget = budgets.Select(budget => (Budget: budget, Result: Measure(q => mih.Query(q, Candidates, budget), queries))).ToList();
        var shape = $"{mih.Chunks} chunks, radius {options.MaxChunkRadius} (exact within {mih.GuaranteedDistance} bits); its arrays {mih.Bytes / (double)size:0} B per reference";
        mih = null;

        before = Allocated();
        clock.Restart();
        var linear = new LinearScanIndex();
        Fill(linear, library);
        linear.Trim();
        linear.Query(real[0], Candidates);
        var linearBuild = clock.Elapsed.TotalSeconds;
        var linearBytes = Allocated() - before;
        var (linearTimes, linearRecall) = Measure(q => linear.Query(q, Candidates), queries);
        GC.KeepAlive(linear);

        Console.WriteLine($"| index | query p50 | query p95 | candidate recall: all / the {queries.Count(p => p.Verifiable)} stage 2 verifies | build | memory per reference |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (budget, (times, recall)) in byBudget)
        {
            var chosen = budget == options.MaxVerifiedHashes ? " (default)" : string.Empty;
            Console.WriteLine($"| multi-index, ≤ {budget:N0} hashes verified{chosen} | {P(times, 50):0.00} ms | {P(times, 95):0.00} ms | {recall} | {mihBuild:0.0} s | {mihBytes / (double)size:0} B |");
        }

        Console.WriteLine($"| linear scan | {P(linearTimes, 50):0.00} ms | {P(linearTimes, 95):0.00} ms | {linearRecall} | {linearBuild:0.0} s | {linearBytes / (double)size:0} B |");
        Console.WriteLine($"multi-index: {shape}");
        var (defaultTimes, _) = byBudget.Single(b => b.Budget == options.MaxVerifiedHashes).Result;
        Console.WriteLine($"ratio linear scan / multi-index at the default budget: p50 {P(linearTimes, 50) / P(defaultTimes, 50):0.0}×, p95 {P(linearTimes, 95) / P(defaultTimes, 95):0.0}×");
    }

    private static List<ImageSignature> Library(List<ImageSignature> real, int size)
    {
        var random = new Random(5);
        var library = new List<ImageSignature>(size);
        library.AddRange(real.Take(size));
        for (var i = library.Count; i < size; i++)
        {
            var source = real[random.Next(real.Count)];
            var mask = Mask(random, 0.25 + (random.NextDouble() * 0.25));
            library.Add(new ImageSignature(
                source.Full ^ mask, source.Mirror ^ mask, source.Centre ^ mask, source.CentreMirror ^ mask,
                [.. source.Windows.Select(w => w ^ mask)], LocalFeatures.Empty, LocalFeatures.Empty, source.IsUniform));
        }

        return library;
    }

    private static Hash256 Mask(Random random, double share)
    {
        var words = new ulong[4];
        for (var bit = 0; bit < Hash256.Bits; bit++)
        {
            if (random.NextDouble() < share)
            {
                words[bit / 64] |= 1UL << (bit % 64);
            }
        }

        return new Hash256(words[0], words[1], words[2], words[3]);
    }

    private static void Fill(IImageCandidateIndex index, List<ImageSignature> library)
    {
        for (var i = 0; i < library.Count; i++)
        {
            index.Add(i, library[i]);
        }
    }

    /// <summary>Query times, and the share of queries whose reference is among the candidates: of all, and of the verifiable.</summary>
    private static (List<double> Times, string Recall) Measure(Func<ImageSignature, IReadOnlyList<ImageCandidate>> index, List<PlantedQuery> queries)
    {
        var times = new List<double>();
        var found = new List<PlantedQuery>();
        foreach (var planted in queries)
        {
            var clock = Stopwatch.StartNew();
            var candidates = index(planted.Query);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (candidates.Any(c => c.Id == planted.Reference))
            {
                found.Add(planted);
            }
        }

        return (times, $"{found.Count / (double)queries.Count:0.000} / {found.Count(p => p.Verifiable) / (double)queries.Count(p => p.Verifiable):0.000}");
    }

    private static long Allocated()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double P(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
