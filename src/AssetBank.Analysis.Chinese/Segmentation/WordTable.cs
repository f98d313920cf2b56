using System.Numerics;
using System.Runtime.CompilerServices;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>
/// The normalised words and all their prefixes, each with a frequency (0 for a key that is only a
/// prefix), so that the segmenter can stop extending a candidate word as soon as the text is no
/// longer a prefix of any word (jieba's prefix dictionary).
/// </summary>
/// <remarks>
/// Keys are stored by length, because every position of the text looks up its one- and two-char
/// keys and only a few go further: one-char keys in a direct array (256 KB), two-char keys packed
/// with their frequency in one 64-bit open-addressing slot, longer keys in an open-addressing table
/// of entries over one shared char pool, hashed with FNV-1a computed incrementally while a candidate
/// grows. Writers are serialised by <see cref="ChineseDictionary"/>; readers never lock: every slot
/// is published with one volatile write after what it points to, and a table that must grow is
/// copied and swapped as a whole.
/// </remarks>
internal sealed class WordTable
{
    public const uint HashSeed = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly int[] _charFrequency;
    private readonly long[] _pairSlots;
    private readonly int _pairMask;
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly char[] _pool;
    private int _pairCount;
    private int _poolLength;
    private int _count;
    private int _wordCount;

    /// <param name="entryCapacity">Keys of three or more chars.</param>
    /// <param name="poolCapacity">Total length of those keys.</param>
    /// <param name="pairCapacity">Two-char keys.</param>
    public WordTable(int entryCapacity, int poolCapacity, int pairCapacity)
    {
        entryCapacity = Math.Max(entryCapacity, 16);
        var slotCount = (int)BitOperations.RoundUpToPowerOf2((uint)entryCapacity * 2);
        _slots = new int[slotCount];
        _mask = slotCount - 1;
        _entries = new Entry[entryCapacity];
        _pool = new char[Math.Max(poolCapacity, 64)];
        _charFrequency = new int[65536];
        Array.Fill(_charFrequency, -1);
        var pairSlots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(pairCapacity, 16) * 2);
        _pairSlots = new long[pairSlots];
        _pairMask = pairSlots - 1;
    }

    private WordTable(WordTable source)
    {
        _charFrequency = (int[])source._charFrequency.Clone();
        _pairSlots = (long[])source._pairSlots.Clone();
        _pairMask = source._pairMask;
        _slots = (int[])source._slots.Clone();
        _mask = source._mask;
        _entries = (Entry[])source._entries.Clone();
        _pool = (char[])source._pool.Clone();
        _pairCount = source._pairCount;
        _poolLength = source._poolLength;
        _count = source._count;
        _wordCount = source._wordCount;
    }

    public int WordCount => _wordCount;

    public int EntryCount => _count;

    public int PoolLength => _poolLength;

    public int PairCount => _pairCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * FnvPrime;

    public static uint HashOf(ReadOnlySpan<char> key)
    {
        var hash = HashSeed;
        foreach (var c in key)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>True when that many more keys, of at most that many chars in all, fit without growing.</summary>
    public bool HasRoomFor(int keys, int chars) =>
        _count + keys <= _entries.Length && _poolLength + chars <= _pool.Length && (_pairCount + keys) * 2 <= _pairSlots.Length;

    /// <summary>Frequency of a one-char key: -1 when no word starts with it, 0 when it is only a prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CharFrequency(char c) => Volatile.Read(ref _charFrequency[c]);

    /// <summary>Frequency of a two-char key: -1 when no word starts with it, 0 when it is only a prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PairFrequency(char first, char second)
    {
        var key = ((uint)first << 16) | second;
        var slots = _pairSlots;
        var index = (int)Mix(key) & _pairMask;
        while (true)
        {
            var slot = Volatile.Read(ref slots[index]);
            if (slot == 0)
            {
                return -1;
            }

            if ((uint)(slot >> 32) == key)
            {
                return (int)(uint)slot - 1;
            }

            index = (index + 1) & _pairMask;
        }
    }

    /// <summary>Frequency of any key (<paramref name="hash"/> is its <see cref="HashOf"/>): -1 when absent, 0 for a prefix only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Lookup(uint hash, ReadOnlySpan<char> key) => key.Length switch
    {
        0 => -1,
        1 => CharFrequency(key[0]),
        2 => PairFrequency(key[0], key[1]),
        _ => FindEntry(hash, key) is var entry and >= 0 ? Volatile.Read(ref _entries[entry].Frequency) : -1,
    };

    /// <summary>
    /// Sets the frequency of a word (inserting it and its missing prefixes). Returns the old
    /// frequency (0 when the word was new or only a prefix). The caller checks <see cref="HasRoomFor"/>
    /// for the word and holds the writer lock.
    /// </summary>
    public int SetWord(ReadOnlySpan<char> key, int frequency, bool keepHigher)
    {
        var hash = HashOf(key);
        var old = Lookup(hash, key);
        if (old >= 0)
        {
            var value = keepHigher ? Math.Max(old, frequency) : frequency;
            if (key.Length <= 2)
            {
                SetShort(key, value);
            }
            else
            {
                Volatile.Write(ref _entries[FindEntry(hash, key)].Frequency, value);
            }

            if (old == 0 && value > 0)
            {
                _wordCount++;
            }

            // A key already there has all its prefixes.
            return old;
        }

        Insert(hash, key, frequency);
        if (frequency > 0)
        {
            _wordCount++;
        }

        // Prefixes from the longest down; once one exists, all shorter ones do too.
        for (var length = key.Length - 1; length > 0; length--)
        {
            var prefix = key[..length];
            var prefixHash = HashOf(prefix);
            if (Lookup(prefixHash, prefix) >= 0)
            {
                break;
            }

            Insert(prefixHash, prefix, 0);
        }

        return 0;
    }

    /// <summary>
    /// Bulk-load path for a sorted, normalised, duplicate-free word list: inserts the word and its
    /// prefixes longer than <paramref name="sharedPrefix"/> (the common prefix with the previous
    /// word) without looking anything up. In sorted order every shorter prefix, and every prefix that
    /// is itself a word, was inserted with an earlier word. The caller checks <see cref="HasRoomFor"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendSorted(ReadOnlySpan<char> key, int frequency, int sharedPrefix)
    {
        var hash = HashSeed;
        for (var length = 1; length < key.Length; length++)
        {
            hash = Step(hash, key[length - 1]);
            if (length > sharedPrefix)
            {
                Insert(hash, key[..length], 0);
            }
        }

        Insert(Step(hash, key[^1]), key, frequency);
        if (frequency > 0)
        {
            _wordCount++;
        }
    }

    /// <summary>An independent copy of the same size; the caller holds the writers' lock so that no word is half added.</summary>
    public WordTable Copy() => new(this);

    /// <summary>A copy with room for at least that many more keys and chars.</summary>
    public WordTable Grow(int moreKeys, int moreChars)
    {
        var grown = new WordTable(
            Math.Max(_count + moreKeys, _entries.Length * 2),
            Math.Max(_poolLength + moreChars, _pool.Length * 2),
            Math.Max(_pairCount + moreKeys, _pairSlots.Length));
        Array.Copy(_charFrequency, grown._charFrequency, _charFrequency.Length);
        foreach (var slot in _pairSlots)
        {
            if (slot != 0)
            {
                grown.PlacePair(slot);
            }
        }

        Array.Copy(_pool, grown._pool, _poolLength);
        for (var i = 0; i < _count; i++)
        {
            grown._entries[i] = _entries[i];
            grown.Place(i, _entries[i].Hash);
        }

        grown._pairCount = _pairCount;
        grown._poolLength = _poolLength;
        grown._count = _count;
        grown._wordCount = _wordCount;
        return grown;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindEntry(uint hash, ReadOnlySpan<char> key)
    {
        var slots = _slots;
        var index = (int)Mix(hash) & _mask;
        while (true)
        {
            var slot = Volatile.Read(ref slots[index]);
            if (slot == 0)
            {
                return -1;
            }

            ref readonly var entry = ref _entries[slot - 1];
            if (entry.Hash == hash && entry.Length == key.Length && _pool.AsSpan(entry.Start, entry.Length).SequenceEqual(key))
            {
                return slot - 1;
            }

            index = (index + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(uint hash, ReadOnlySpan<char> key, int frequency)
    {
        if (key.Length <= 2)
        {
            SetShort(key, frequency);
            return;
        }

        var start = _poolLength;
        key.CopyTo(_pool.AsSpan(start));
        _poolLength += key.Length;
        var index = _count;
        _entries[index] = new Entry { Start = start, Length = key.Length, Frequency = frequency, Hash = hash };
        _count++;
        Place(index, hash);
    }

    /// <summary>Sets a one- or two-char key (inserting it when new).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetShort(ReadOnlySpan<char> key, int frequency)
    {
        if (key.Length == 1)
        {
            Volatile.Write(ref _charFrequency[key[0]], frequency);
            return;
        }

        // Key and frequency + 1 in one 64-bit write: readers see the old slot or the new one, never half.
        var pair = ((uint)key[0] << 16) | key[1];
        if (PlacePair(((long)pair << 32) | (uint)(frequency + 1)))
        {
            _pairCount++;
        }
    }

    /// <summary>Writes a packed pair slot; true when the pair was new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool PlacePair(long packed)
    {
        var pair = (uint)(packed >> 32);
        var index = (int)Mix(pair) & _pairMask;
        while (true)
        {
            var slot = _pairSlots[index];
            if (slot == 0 || (uint)(slot >> 32) == pair)
            {
                Volatile.Write(ref _pairSlots[index], packed);
                return slot == 0;
            }

            index = (index + 1) & _pairMask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(int entryIndex, uint hash)
    {
        var index = (int)Mix(hash) & _mask;
        while (_slots[index] != 0)
        {
            index = (index + 1) & _mask;
        }

        Volatile.Write(ref _slots[index], entryIndex + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return hash;
    }

    private struct Entry
    {
        public int Start;
        public int Length;
        public int Frequency;
        public uint Hash;
    }
}
