using AssetBank.Core.Similarity;
using AssetBank.Similarity.Indexing;

namespace AssetBank.Similarity.Tests;

/// <summary>The multi-index against the linear scan on random libraries with near copies planted in them.</summary>
public sealed class MultiIndexAgreementTests
{
    private static Hash256 RandomHash(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static Hash256 Flip(Hash256 hash, Random random, int bits)
    {
        var words = new[] { hash.A, hash.B, hash.C, hash.D };
        foreach (var bit in Enumerable.Range(0, Hash256.Bits).OrderBy(_ => random.Next()).Take(bits))
        {
            words[bit / 64] ^= 1UL << (bit % 64);
        }

        return new Hash256(words[0], words[1], words[2], words[3]);
    }

    private static ImageSignature Reference(Random random, Hash256 full) =>
        new(full, RandomHash(random), RandomHash(random), RandomHash(random), [.. Enumerable.Range(0, 5).Select(_ => RandomHash(random))], LocalFeatures.Empty, LocalFeatures.Empty, IsUniform: false);

    private static ImageSignature Query(Hash256 full, Hash256 centre) =>
        new(full, centre, centre, centre, [], LocalFeatures.Empty, LocalFeatures.Empty, IsUniform: false);

    private static int TrueDistance(ImageSignature query, ImageSignature reference) =>
        new[] { query.Full, query.Centre, query.Mirror, query.CentreMirror }
            .SelectMany(q => new[] { reference.Full, reference.Centre }.Concat(reference.Windows).Select(q.DistanceTo)).Min();

    /// <summary>A library where groups of references are near copies of each other, so several lie within the radius.</summary>
    private static (List<ImageSignature> Library, List<Hash256> Codes) Library(Random random, int size)
    {
        var library = new List<ImageSignature>();
        var codes = new List<Hash256>();
        while (library.Count < size)
        {
            var root = RandomHash(random);
            for (var copy = 0; copy < 1 + random.Next(6) && library.Count < size; copy++)
            {
                var reference = Reference(random, Flip(root, random, random.Next(0, 24)));
                library.Add(reference);
                codes.Add(reference.Full);
                codes.AddRange(reference.Windows);
            }
        }

        return (library, codes);
    }

    [Theory]
    [InlineData(16, 0)]
    [InlineData(16, 1)]
    [InlineData(20, 2)]
    [InlineData(12, 1)]
    public void Within_the_guaranteed_distance_the_index_returns_exactly_the_candidates_of_the_linear_scan(int chunkBits, int radius)
    {
        var random = new Random(chunkBits * 10 + radius);
        var (library, codes) = Library(random, 3000);
        var index = new MultiIndexHashIndex(radius, chunkBits: chunkBits);
        var scan = new LinearScanIndex();
        for (var i = 0; i < library.Count; i++)
        {
            index.Add(i, library[i]);
            scan.Add(i, library[i]);
        }

        index.Query(Query(codes[0], codes[0]), 1);
        var guaranteed = index.GuaranteedDistance;
        var withinRadius = 0;
        for (var q = 0; q < 150; q++)
        {
            var query = Query(Flip(codes[random.Next(codes.Count)], random, random.Next(0, guaranteed + 8)), RandomHash(random));
            var fromScan = scan.Query(query, 8);
            var fromIndex = index.Query(query, 8);
            var expected = fromScan.Where(c => c.Distance <= guaranteed).ToList();
            withinRadius += expected.Count;
            Assert.Equal(expected, fromIndex.Where(c => c.Distance <= guaranteed).ToList());
            Assert.True(fromIndex.Count <= 8);
            Assert.All(fromIndex, c => Assert.Equal(TrueDistance(query, library[(int)c.Id]), c.Distance));
        }

        // The planted copies put many candidates inside the radius: the comparison above is not vacuous.
        Assert.True(withinRadius > 100, $"only {withinRadius} candidates within {guaranteed} bits");
    }

    [Fact]
    public void References_added_after_a_query_are_found_by_the_next_query()
    {
        var random = new Random(3);
        var index = new MultiIndexHashIndex();
        var first = RandomHash(random);
        index.Add(1, Reference(random, first));
        Assert.Equal(1, index.Query(Query(first, first), 1).Single().Id);

        var second = RandomHash(random);
        index.Add(2, Reference(random, second));
        Assert.Equal(2, index.Query(Query(Flip(second, random, 5), RandomHash(random)), 1).Single().Id);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void A_verification_budget_bounds_the_references_looked_at_but_keeps_an_exact_hit()
    {
        var random = new Random(11);
        var (library, _) = Library(random, 2000);
        var index = new MultiIndexHashIndex(maxChunkRadius: 3, maxVerified: 100);
        for (var i = 0; i < library.Count; i++)
        {
            index.Add(i, library[i]);
        }

        var target = random.Next(library.Count);
        var found = index.Query(Query(library[target].Full, RandomHash(random)), 5);
        Assert.Equal(0, found[0].Distance);
        Assert.Contains(found, c => c.Id == target);
    }
}
