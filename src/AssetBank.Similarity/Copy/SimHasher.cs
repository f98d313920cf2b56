using System.Numerics;

namespace AssetBank.Similarity.Copy;

/// <summary>64-bit SimHash over a text's distinct shingles: near-duplicate whole texts differ in a few bits.</summary>
public static class SimHasher
{
    public static ulong Of(ReadOnlySpan<ulong> shingles)
    {
        Span<int> votes = stackalloc int[64];
        var seen = new HashSet<ulong>();
        foreach (var shingle in shingles)
        {
            if (!seen.Add(shingle))
            {
                continue;
            }

            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var hash = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                hash |= 1UL << bit;
            }
        }

        return hash;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
