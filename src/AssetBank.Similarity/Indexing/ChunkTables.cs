using System.Numerics;
using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>
/// The frozen multi-index over a <see cref="CodeStore"/> prefix: the 256 bits cut into <see cref="Chunks"/> chunks of
/// nearly equal width, and per chunk a table in compressed-sparse-row form — <c>offsets[key]</c> to
/// <c>offsets[key + 1]</c> in <c>postings</c> are the hashes with that chunk value. Two flat int arrays per chunk, and
/// one array from hash to reference: no dictionary, no list per bucket, no object per entry.
/// </summary>
internal sealed class ChunkTables
{
    private readonly int[] _starts;
    private readonly int[] _widths;
    private readonly int[][] _offsets;
    private readonly int[][] _postings;

    private ChunkTables(int items, int[] itemOfCode, int[] starts, int[] widths, int[][] offsets, int[][] postings)
    {
        Items = items;
        ItemOfCode = itemOfCode;
        _starts = starts;
        _widths = widths;
        _offsets = offsets;
        _postings = postings;
    }

    /// <summary>References covered: the store's prefix at build time.</summary>
    public int Items { get; }

    /// <summary>The reference each hash belongs to.</summary>
    public int[] ItemOfCode { get; }

    public int Chunks => _widths.Length;

    public int MaxWidth => _widths.Max();

    public long Bytes => (ItemOfCode.LongLength * sizeof(int)) + _offsets.Sum(o => o.LongLength * sizeof(int)) + _postings.Sum(p => p.LongLength * sizeof(int));

    /// <summary>
    /// Chunk width from the number of hashes, as Norouzi et al. advise (about log2 of it, so a bucket holds a few
    /// hashes), bounded to 16–20 bits so a table's offsets stay small (2^20 ints is 4 MB).
    /// </summary>
    public static int WidthFor(int codes) => Math.Clamp(BitOperations.Log2((uint)Math.Max(codes, 1)) - 3, 16, 20);

    /// <param name="chunkBits">Widest chunk; 0 chooses it from the number of hashes.</param>
    public static ChunkTables Build(CodeStore store, int chunkBits)
    {
        var items = store.Items;
        var width = chunkBits > 0 ? chunkBits : WidthFor(store.Codes);
        var chunks = (Hash256.Bits + width - 1) / width;
        var widths = new int[chunks];
        var starts = new int[chunks];
        for (int c = 0, start = 0; c < chunks; c++)
        {
            widths[c] = (Hash256.Bits / chunks) + (c < Hash256.Bits % chunks ? 1 : 0);
            starts[c] = start;
            start += widths[c];
        }

        var offsets = new int[chunks][];
        var postings = new int[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            (offsets[c], postings[c]) = BuildTable(store, items, starts[c], widths[c]);
        }

        return new ChunkTables(items, store.ItemOfCodes(items), starts, widths, offsets, postings);
    }

    /// <summary>Value of chunk <paramref name="chunk"/> of a hash.</summary>
    public uint Key(in Hash256 hash, int chunk) => Bits(hash, _starts[chunk], _widths[chunk]);

    /// <summary>True when a probe mask fits inside chunk <paramref name="chunk"/>.</summary>
    public bool Fits(uint mask, int chunk) => mask >> _widths[chunk] == 0;

    public ReadOnlySpan<int> Bucket(int chunk, uint key)
    {
        var offsets = _offsets[chunk];
        return _postings[chunk].AsSpan(offsets[key], offsets[key + 1] - offsets[key]);
    }

    private static (int[] Offsets, int[] Postings) BuildTable(CodeStore store, int items, int start, int width)
    {
        var codes = store.Start(items);
        var offsets = new int[(1 << width) + 1];
        for (var code = 0; code < codes; code++)
        {
            offsets[Bits(store.Code(code), start, width) + 1]++;
        }

        for (var k = 0; k < 1 << width; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var postings = new int[codes];
        var fill = offsets.AsSpan(0, 1 << width).ToArray();
        for (var code = 0; code < codes; code++)
        {
            postings[fill[Bits(store.Code(code), start, width)]++] = code;
        }

        return (offsets, postings);
    }

    private static uint Bits(in Hash256 hash, int start, int width)
    {
        var word = start >> 6;
        var shift = start & 63;
        var value = Word(hash, word) >> shift;
        if (shift + width > 64)
        {
            value |= Word(hash, word + 1) << (64 - shift);
        }

        return (uint)(value & ((1UL << width) - 1));
    }

    private static ulong Word(in Hash256 hash, int index) => index switch { 0 => hash.A, 1 => hash.B, 2 => hash.C, _ => hash.D };
}
