using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>
/// Every indexed hash in one flat array, four 64-bit words per hash, the hashes of one reference next to each other
/// (struct of arrays: no object per reference or per hash). Append-only: a reader that captured <see cref="Items"/>
/// reads a consistent prefix while a writer appends, because new arrays are filled before they are published.
/// </summary>
internal sealed class CodeStore
{
    private ulong[] _words = new ulong[4 * 64];
    private int[] _starts = new int[65];
    private long[] _ids = new long[64];
    private readonly HashSet<long> _known = [];
    private int _items;

    public int Items => Volatile.Read(ref _items);

    public int Codes => _starts[Items];

    public long Id(int item) => _ids[item];

    /// <summary>First code of <paramref name="item"/>; its codes run to <c>Start(item + 1)</c>.</summary>
    public int Start(int item) => _starts[item];

    public Hash256 Code(int code)
    {
        var words = _words;
        return new Hash256(words[4 * code], words[(4 * code) + 1], words[(4 * code) + 2], words[(4 * code) + 3]);
    }

    /// <summary>Bytes held per the arrays' lengths.</summary>
    public long Bytes => (_words.LongLength * sizeof(ulong)) + (_starts.LongLength * sizeof(int)) + (_ids.LongLength * sizeof(long));

    /// <summary>Appends a reference; false when its id is already stored. Callers serialise writers.</summary>
    public bool Add(long id, Hash256[] codes)
    {
        if (!_known.Add(id))
        {
            return false;
        }

        var item = _items;
        var first = _starts[item];
        var words = Grow(_words, 4 * (first + codes.Length));
        for (var i = 0; i < codes.Length; i++)
        {
            var at = 4 * (first + i);
            (words[at], words[at + 1], words[at + 2], words[at + 3]) = (codes[i].A, codes[i].B, codes[i].C, codes[i].D);
        }

        var starts = Grow(_starts, item + 2);
        starts[item + 1] = first + codes.Length;
        var ids = Grow(_ids, item + 1);
        ids[item] = id;
        (_words, _starts, _ids) = (words, starts, ids);
        Volatile.Write(ref _items, item + 1);
        return true;
    }

    /// <summary>Drops spare capacity once the library is loaded. Callers serialise writers.</summary>
    public void Trim()
    {
        var items = _items;
        var codes = _starts[items];
        _words = _words.AsSpan(0, 4 * codes).ToArray();
        _starts = _starts.AsSpan(0, items + 1).ToArray();
        _ids = _ids.AsSpan(0, items).ToArray();
    }

    /// <summary>The smallest distance between any query hash and any hash of <paramref name="item"/>.</summary>
    public int ItemDistance(int item, ReadOnlySpan<Hash256> queries)
    {
        var words = _words;
        var starts = _starts;
        var best = Hash256.Bits;
        for (var code = starts[item]; code < starts[item + 1]; code++)
        {
            best = Math.Min(best, Nearest(words, code, queries));
        }

        return best;
    }

    /// <summary>The smallest distance between any query hash and the hash <paramref name="code"/>.</summary>
    public int CodeDistance(int code, ReadOnlySpan<Hash256> queries) => Nearest(_words, code, queries);

    /// <summary>Which reference each hash belongs to, for the first <paramref name="items"/> references.</summary>
    public int[] ItemOfCodes(int items)
    {
        var itemOf = new int[_starts[items]];
        for (var item = 0; item < items; item++)
        {
            itemOf.AsSpan(_starts[item], _starts[item + 1] - _starts[item]).Fill(item);
        }

        return itemOf;
    }

    /// <remarks>Four hardware POPCNTs per pair (BitOperations.PopCount); .NET 10 exposes no 256-bit vector popcount.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Nearest(ulong[] words, int code, ReadOnlySpan<Hash256> queries)
    {
        var code256 = new Hash256(words[4 * code], words[(4 * code) + 1], words[(4 * code) + 2], words[(4 * code) + 3]);
        var best = Hash256.Bits;
        foreach (ref readonly var query in queries)
        {
            best = Math.Min(best, query.DistanceTo(code256));
        }

        return best;
    }

    private static T[] Grow<T>(T[] array, int needed)
    {
        if (needed <= array.Length)
        {
            return array;
        }

        var grown = new T[Math.Max(needed, array.Length * 2)];
        array.CopyTo(grown, 0);
        return grown;
    }
}
