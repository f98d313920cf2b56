using AssetBank.Core.Similarity;
using AssetBank.Similarity.Indexing;

namespace AssetBank.Similarity.Tests;

public sealed class CandidateIndexTests
{
    private static ImageSignature Signature(Hash256 full, Hash256 centre) =>
        new(full, full, centre, centre, [], LocalFeatures.Empty, LocalFeatures.Empty, IsUniform: false);

    private static Hash256 RandomHash(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static Hash256 Flip(Hash256 hash, Random random, int bits)
    {
        var words = new[] { hash.A, hash.B, hash.C, hash.D };
        foreach (var bit in Enumerable.Range(0, 256).OrderBy(_ => random.Next()).Take(bits))
        {
            words[bit / 64] ^= 1UL << (bit % 64);
        }

        return new Hash256(words[0], words[1], words[2], words[3]);
    }

    [Fact]
    public void Multi_index_hashing_finds_every_code_the_linear_scan_finds_within_its_guaranteed_radius()
    {
        var random = new Random(7);
        var mih = new MultiIndexHashIndex(maxChunkRadius: 2);
        var linear = new LinearScanIndex();
        var stored = new List<Hash256>();
        for (var i = 0; i < 5000; i++)
        {
            var hash = RandomHash(random);
            stored.Add(hash);
            mih.Add(i, Signature(hash, RandomHash(random)));
            linear.Add(i, Signature(hash, RandomHash(random)));
        }

        for (var q = 0; q < 50; q++)
        {
            var target = random.Next(stored.Count);
            var query = Signature(Flip(stored[target], random, random.Next(0, 47)), RandomHash(random));
            var fromIndex = mih.Query(query, 1);
            var fromScan = linear.Query(query, 1);
            Assert.Equal(fromScan[0].Id, fromIndex[0].Id);
            Assert.Equal(target, fromIndex[0].Id);
        }
    }

    [Fact]
    public void A_hash_prints_as_64_hex_digits_and_parses_back()
    {
        var hash = new Hash256(1, 0xdeadbeef, ulong.MaxValue, 42);
        var text = hash.ToString();
        Assert.Equal(64, text.Length);
        Assert.Equal(hash, Hash256.Parse(text));
        Assert.Equal(0, hash.DistanceTo(Hash256.Parse(text)));
    }
}
