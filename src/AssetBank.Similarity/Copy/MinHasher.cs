namespace AssetBank.Similarity.Copy;

/// <summary>
/// MinHash over shingle hashes with multiply-shift hash functions (one odd multiplier and one offset per function,
/// fixed seeds so stored signatures stay comparable across runs and machines).
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public MinHasher(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        _multipliers = new ulong[functions];
        _offsets = new ulong[functions];
        var state = 0x5DEECE66DUL;
        for (var i = 0; i < functions; i++)
        {
            state = CopyShingles.Mix(state + 0x9E3779B97F4A7C15UL);
            _multipliers[i] = state | 1UL;
            state = CopyShingles.Mix(state + 0x9E3779B97F4A7C15UL);
            _offsets[i] = state;
        }
    }

    public int Functions => _multipliers.Length;

    /// <summary>The value of function <paramref name="function"/> for one shingle.</summary>
    public uint Apply(int function, ulong shingle) => (uint)(((_multipliers[function] * shingle) + _offsets[function]) >> 32);

    /// <summary>The signature of a set of shingles; all ones when there are none.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Functions];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var f = 0; f < signature.Length; f++)
            {
                var value = Apply(f, shingle);
                if (value < signature[f])
                {
                    signature[f] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>Every function's value for every shingle (row per shingle), so many window signatures reuse them.</summary>
    public uint[] Table(ReadOnlySpan<ulong> shingles)
    {
        var table = new uint[shingles.Length * Functions];
        for (var s = 0; s < shingles.Length; s++)
        {
            for (var f = 0; f < Functions; f++)
            {
                table[(s * Functions) + f] = Apply(f, shingles[s]);
            }
        }

        return table;
    }

    /// <summary>The signature of the shingles [start, start + count) from a <see cref="Table"/>.</summary>
    public uint[] Signature(uint[] table, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(table);
        var signature = new uint[Functions];
        Array.Fill(signature, uint.MaxValue);
        for (var s = start; s < start + count; s++)
        {
            var row = table.AsSpan(s * Functions, Functions);
            for (var f = 0; f < signature.Length; f++)
            {
                if (row[f] < signature[f])
                {
                    signature[f] = row[f];
                }
            }
        }

        return signature;
    }

    /// <summary>The share of functions on which two signatures agree: an estimate of the Jaccard similarity.</summary>
    public static double Estimate(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var same = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / Math.Max(1, Math.Min(a.Length, b.Length));
    }
}
