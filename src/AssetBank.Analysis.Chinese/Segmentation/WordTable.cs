using System.Numerics;
using System.Runtime.CompilerServices;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>
/// Open-addressing hash table of normalised words and all their prefixes, keyed by spans of one
/// shared char pool. A prefix-only entry has frequency 0, so the segmenter can stop extending a
/// candidate word as soon as the text is no longer a prefix of any word (jieba's prefix dictionary).
/// </summary>
/// <remarks>
/// The hash is FNV-1a over UTF-16 code units, computed incrementally while a candidate word grows
/// one char at a time, so scanning all words that start at a position costs one step per char.
/// Writers are serialised by <see cref="ChineseDictionary"/>; readers never lock: an entry is fully
/// written before its slot is published with a volatile write, and a table that must grow is
/// copied and swapped as a whole.
/// </remarks>
internal sealed class WordTable
{
    public const uint HashSeed = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly int[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly char[] _pool;

    // Fast paths for the keys every position looks up: one char (a direct array, 256 KB) and two
    // chars (key and frequency packed in one 64-bit slot), so the common lookups touch one cache
    // line instead of three (slot, entry, pool). The general table still holds every key.
    private readonly int[] _charFrequency;
    private readonly long[] _pairSlots;
    private readonly int _pairMask;
    private int _pairCount;
    private int _poolLength;
    private int _count;
    private int _wordCount;

    public WordTable(int entryCapacity, int poolCapacity)
    {
        entryCapacity = Math.Max(entryCapacity, 16);
        var slotCount = (int)BitOperations.RoundUpToPowerOf2((uint)entryCapacity * 2);
        _slots = new int[slotCount];
        _mask = slotCount - 1;
        _entries = new Entry[entryCapacity];
        _pool = new char[Math.Max(poolCapacity, 64)];
        _charFrequency = new int[65536];
        Array.Fill(_charFrequency, -1);
        // Two-char keys are well under half of all keys; a load factor of at most 0.5 keeps probes short.
        var pairSlots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(entryCapacity, 16));
        _pairSlots = new long[pairSlots];
        _pairMask = pairSlots - 1;
    }

    public int Count => _count;

    public int WordCount => _wordCount;

    public int EntryCapacity => _entries.Length;

    public int PoolLength => _poolLength;

    public int PoolCapacity => _pool.Length;

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

    /// <summary>True when that many more entries and pool chars fit without growing.</summary>
    public bool HasRoomFor(int entries, int chars) =>
        _count + entries <= _entries.Length && _poolLength + chars <= _pool.Length && (_pairCount + entries) * 2 <= _pairSlots.Length;

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

    /// <summary>Index of the entry for <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint hash, ReadOnlySpan<char> key)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FrequencyAt(int entry) => Volatile.Read(ref _entries[entry].Frequency);

    public ReadOnlySpan<char> KeyAt(int entry) => _pool.AsSpan(_entries[entry].Start, _entries[entry].Length);

    /// <summary>
    /// Sets the frequency of a word (inserting it and its missing prefixes). Returns the old
    /// frequency (0 when the word was new or only a prefix). The caller checks <see cref="HasRoomFor"/>
    /// for the word and holds the writer lock.
    /// </summary>
    public int SetWord(ReadOnlySpan<char> key, int frequency, bool keepHigher)
    {
        var hash = HashOf(key);
        var existing = Find(hash, key);
        int old;
        if (existing >= 0)
        {
            old = _entries[existing].Frequency;
            var value = keepHigher ? Math.Max(old, frequency) : frequency;
            Volatile.Write(ref _entries[existing].Frequency, value);
            SetShort(key, value);
            if (old == 0 && value > 0)
            {
                _wordCount++;
            }

            // An existing entry already has all its prefixes.
            return old;
        }

        old = 0;
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
            if (Find(prefixHash, prefix) >= 0)
            {
                break;
            }

            Insert(prefixHash, prefix, 0);
        }

        return old;
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

    /// <summary>A copy with room for at least the given number of entries and pool chars.</summary>
    public WordTable Grow(int minEntries, int minPool)
    {
        var grown = new WordTable(Math.Max(minEntries, _entries.Length * 2), Math.Max(minPool, _pool.Length * 2));
        Array.Copy(_pool, grown._pool, _poolLength);
        grown._poolLength = _poolLength;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var entry = ref _entries[i];
            grown.Place(i, entry.Hash);
            grown._entries[i] = entry;
            if (entry.Length <= 2)
            {
                grown.SetShort(grown._pool.AsSpan(entry.Start, entry.Length), entry.Frequency);
            }
        }

        grown._count = _count;
        grown._wordCount = _wordCount;
        return grown;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetShort(ReadOnlySpan<char> key, int frequency)
    {
        if (key.Length == 1)
        {
            Volatile.Write(ref _charFrequency[key[0]], frequency);
        }
        else if (key.Length == 2)
        {
            var pair = ((uint)key[0] << 16) | key[1];
            var index = (int)Mix(pair) & _pairMask;
            while (true)
            {
                var slot = _pairSlots[index];
                if (slot == 0)
                {
                    _pairCount++;
                    break;
                }

                if ((uint)(slot >> 32) == pair)
                {
                    break;
                }

                index = (index + 1) & _pairMask;
            }

            // Key and frequency + 1 in one 64-bit write: readers see the old slot or the new one, never half.
            Volatile.Write(ref _pairSlots[index], ((long)pair << 32) | (uint)(frequency + 1));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(uint hash, ReadOnlySpan<char> key, int frequency)
    {
        SetShort(key, frequency);
        var start = _poolLength;
        key.CopyTo(_pool.AsSpan(start));
        _poolLength += key.Length;
        var index = _count;
        _entries[index] = new Entry { Start = start, Length = key.Length, Frequency = frequency, Hash = hash };
        _count++;
        Place(index, hash);
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
