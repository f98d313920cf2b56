using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Analysis.Chinese.Segmentation;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// The word/frequency dictionary that drives <see cref="ChineseTokenizer"/>: jieba's core dictionary
/// plus AssetBank's advertising vocabulary, both embedded, and whatever callers add at run time
/// (taxonomy labels and synonyms, a user dictionary file).
/// </summary>
/// <remarks>
/// Words are stored normalised: full-width forms folded to ASCII and letters lower-cased, so `ＫＯＬ`,
/// `KOL` and `kol` are one entry. Reads never block and are safe from any number of threads while
/// another thread adds words; additions become visible to the next text a tokenizer segments.
/// <see cref="Default"/> is loaded once per process, on first use.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A dictionary of Chinese words, the linguistic term; it is not a collection type.")]
public sealed class ChineseDictionary
{
    /// <summary>The lowest frequency given to a user word added without one, so that it wins against its parts in most contexts.</summary>
    public const int MinimumUserWordFrequency = 2000;

    /// <summary>Longest word accepted, in UTF-16 code units.</summary>
    public const int MaxWordLength = 64;

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\u3000\u00A0");

    private static readonly Lazy<ChineseDictionary> Shared = new(() => Create(includeAdVocabulary: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lock _gate = new();
    private WordTable _table;
    private long _totalFrequency;
    private double _logTotal;
    private volatile bool _frozen;

    private ChineseDictionary(WordTable table)
    {
        _table = table;
        _logTotal = 0;
    }

    /// <summary>The process-wide dictionary (core + advertising vocabulary) shared by analyzers that are not given one.</summary>
    public static ChineseDictionary Default => Shared.Value;

    /// <summary>Number of words (not counting prefixes kept for the lookup).</summary>
    public int WordCount => Volatile.Read(ref _table).WordCount;

    /// <summary>Sum of all word frequencies; a word's probability is its frequency over this total.</summary>
    public long TotalFrequency => Interlocked.Read(ref _totalFrequency);

    internal WordTable Table => Volatile.Read(ref _table);

    internal double LogTotal => Volatile.Read(ref _logTotal);

    /// <summary>A new dictionary from the embedded data, independent of <see cref="Default"/>.</summary>
    /// <param name="includeAdVocabulary">Whether to add AssetBank's advertising vocabulary to jieba's core dictionary.</param>
    public static ChineseDictionary Create(bool includeAdVocabulary)
    {
        var dictionary = LoadCore(EmbeddedData.ReadText(EmbeddedData.CoreDictionary));
        if (includeAdVocabulary)
        {
            using var reader = new StringReader(EmbeddedData.ReadText(EmbeddedData.AdVocabulary));
            dictionary.LoadUserDictionary(reader, "embedded ad-vocabulary.txt");
        }

        return dictionary;
    }

    /// <summary>True once <see cref="Freeze"/> was called: adding words throws.</summary>
    public bool IsFrozen => _frozen;

    /// <summary>
    /// Refuses every later addition, so that analyzers sharing this dictionary segment the same text the same way for
    /// its whole life (an index and the analysis shown to users must agree). Returns this dictionary.
    /// </summary>
    public ChineseDictionary Freeze()
    {
        lock (_gate)
        {
            _frozen = true;
        }

        return this;
    }

    /// <summary>An independent, unfrozen copy with the same words and frequencies; cheaper than loading the embedded data again.</summary>
    public ChineseDictionary Copy()
    {
        lock (_gate)
        {
            return new ChineseDictionary(_table.Copy()) { _totalFrequency = _totalFrequency, _logTotal = _logTotal };
        }
    }

    /// <summary>An empty dictionary: everything is left to the HMM. Mostly for tests and experiments.</summary>
    public static ChineseDictionary CreateEmpty() => new(new WordTable(1024, 4096, 1024));

    /// <summary>Whether <paramref name="word"/> is a word of this dictionary (case and width insensitive).</summary>
    public bool Contains(ReadOnlySpan<char> word) => GetFrequency(word) > 0;

    /// <summary>The frequency of <paramref name="word"/>, or 0 when it is not a word.</summary>
    public int GetFrequency(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return 0;
        }

        Span<char> key = stackalloc char[word.Length];
        Normalize(word, key);
        var table = Table;
        return Math.Max(table.Lookup(WordTable.HashOf(key), key), 0);
    }

    /// <summary>
    /// Adds a word with a frequency high enough that the segmenter keeps it whole: the larger of what
    /// its parts score together (jieba's suggested frequency) and <see cref="MinimumUserWordFrequency"/>.
    /// A word already known keeps a higher frequency.
    /// </summary>
    public void AddWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        lock (_gate)
        {
            var key = Validate(word);
            SetWordLocked(key, Math.Max(SuggestFrequency(key), MinimumUserWordFrequency), keepHigher: true);
        }
    }

    /// <summary>Adds a word, or changes a known word's frequency, to exactly <paramref name="frequency"/> (≥ 1).</summary>
    public void AddWord(string word, int frequency)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentOutOfRangeException.ThrowIfLessThan(frequency, 1);
        lock (_gate)
        {
            SetWordLocked(Validate(word), frequency, keepHigher: false);
        }
    }

    /// <summary>Adds many words as <see cref="AddWord(string)"/> does; returns how many were added. Blank entries are skipped.</summary>
    public int AddWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var added = 0;
        lock (_gate)
        {
            foreach (var word in words)
            {
                if (string.IsNullOrWhiteSpace(word))
                {
                    continue;
                }

                var key = Validate(word.Trim());
                SetWordLocked(key, Math.Max(SuggestFrequency(key), MinimumUserWordFrequency), keepHigher: true);
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Loads a user dictionary file: UTF-8, one <c>word [frequency]</c> per line (a third column, such
    /// as jieba's part of speech, is ignored; so is a part of speech alone), blank lines and lines starting with <c>#</c> skipped.
    /// Returns the number of words loaded.
    /// </summary>
    public int LoadUserDictionary(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LoadUserDictionary(reader, path);
    }

    /// <summary>Loads user dictionary lines from <paramref name="reader"/>; see <see cref="LoadUserDictionary(string)"/>.</summary>
    /// <param name="reader">The lines.</param>
    /// <param name="sourceName">Named in error messages.</param>
    public int LoadUserDictionary(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var loaded = 0;
        var lineNumber = 0;
        Span<char> buffer = stackalloc char[MaxWordLength];
        lock (_gate)
        {
            while (reader.ReadLine() is { } raw)
            {
                lineNumber++;
                var line = raw.AsSpan().Trim();
                if (line.IsEmpty || line[0] == '#')
                {
                    continue;
                }

                var end = line.IndexOfAny(' ', '\t');
                var word = end < 0 ? line : line[..end];
                var rest = end < 0 ? [] : line[end..].TrimStart();
                if (word.Length > MaxWordLength)
                {
                    throw new FormatException($"{sourceName}:{lineNumber}: the word is longer than {MaxWordLength} chars.");
                }

                var key = buffer[..word.Length];
                Normalize(word, key);
                var second = rest.IndexOfAny(' ', '\t') is var space and >= 0 ? rest[..space] : rest;
                if (second.IsEmpty || IsPartOfSpeech(second))
                {
                    SetWordLocked(key, Math.Max(SuggestFrequency(key), MinimumUserWordFrequency), keepHigher: true);
                }
                else if (int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var frequency) && frequency >= 1)
                {
                    SetWordLocked(key, frequency, keepHigher: false);
                }
                else
                {
                    throw new FormatException($"{sourceName}:{lineNumber}: '{second}' is not a frequency (a whole number ≥ 1).");
                }

                loaded++;
            }
        }

        return loaded;
    }

    /// <summary>
    /// The frequency at which <paramref name="word"/> starts to beat the best split of it into known
    /// words (jieba's <c>suggest_freq</c>), never less than its current frequency.
    /// </summary>
    public int SuggestFrequency(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return 1;
        }

        Span<char> key = stackalloc char[word.Length];
        Normalize(word, key);
        var table = Table;
        var logTotal = LogTotal;
        Span<double> best = stackalloc double[key.Length + 1];
        best[key.Length] = 0;
        for (var i = key.Length - 1; i >= 0; i--)
        {
            var score = double.NegativeInfinity;
            var hash = WordTable.HashSeed;
            var found = false;
            for (var j = i; j < key.Length; j++)
            {
                // The whole word itself is not a candidate split.
                if (i == 0 && j == key.Length - 1)
                {
                    break;
                }

                hash = WordTable.Step(hash, key[j]);
                var frequency = table.Lookup(hash, key[i..(j + 1)]);
                if (frequency < 0)
                {
                    break;
                }

                if (frequency > 0)
                {
                    found = true;
                    score = Math.Max(score, Math.Log(frequency) - logTotal + best[j + 1]);
                }
            }

            best[i] = found ? score : -logTotal + best[i + 1];
        }

        var current = Math.Max(table.Lookup(WordTable.HashOf(key), key), 0);
        var suggested = Math.Exp(best[0] + logTotal);
        var asInt = suggested >= int.MaxValue - 1 ? int.MaxValue - 1 : (int)suggested;
        return Math.Max(asInt + 1, current);
    }

    /// <summary>
    /// Loads "word&lt;TAB&gt;frequency" lines. While the lines are normalised and strictly sorted (as the
    /// build script writes them) prefixes are inserted without lookups, which keeps loading fast; from
    /// the first line that is not, the ordinary insert takes over.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ChineseDictionary LoadCore(string text)
    {
        var lines = text.AsSpan().EnumerateLines();
        var entries = 320_000;
        var chars = 1_300_000;
        var pairs = 180_000;
        var lineNumber = 0;
        if (text.StartsWith("#\t", StringComparison.Ordinal) && lines.MoveNext())
        {
            lineNumber++;
            // "#<TAB>long keys<TAB>their chars<TAB>two-char keys"
            var fields = lines.Current[2..];
            Span<Range> parts = stackalloc Range[4];
            if (fields.Split(parts, '\t') == 3
                && int.TryParse(fields[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var headerEntries)
                && int.TryParse(fields[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var headerChars)
                && int.TryParse(fields[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var headerPairs))
            {
                entries = headerEntries;
                chars = headerChars;
                pairs = headerPairs;
            }
        }

        // Room for the advertising vocabulary and a first batch of user words without a copy.
        var dictionary = new ChineseDictionary(new WordTable(entries + 16_384, chars + 65_536, pairs + 16_384));
        lock (dictionary._gate)
        {
            var table = dictionary._table;
            var sorted = true;
            var hasHeader = text.StartsWith("#\t", StringComparison.Ordinal);
            var rest = text.AsSpan(hasHeader ? text.IndexOf('\n') + 1 : 0);
            ReadOnlySpan<char> previous = [];
            long total = 0;
            lineNumber = hasHeader ? 1 : 0;

            // Hand-rolled parsing on purpose: this loop runs once per word at start-up, before tiered
            // compilation has optimised anything, so it calls as little as possible.
            while (!rest.IsEmpty)
            {
                lineNumber++;
                var newline = rest.IndexOf('\n');
                var line = newline < 0 ? rest : rest[..newline];
                rest = newline < 0 ? [] : rest[(newline + 1)..];
                if (line.IsEmpty)
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var frequency = 0;
                var valid = tab > 0 && tab <= MaxWordLength && tab < line.Length - 1;
                for (var i = tab + 1; valid && i < line.Length; i++)
                {
                    var digit = line[i] - '0';
                    valid = digit is >= 0 and <= 9 && frequency < 100_000_000;
                    frequency = (frequency * 10) + digit;
                }

                if (!valid)
                {
                    throw new FormatException($"Embedded dictionary line {lineNumber} is not 'word<TAB>frequency'.");
                }

                var word = line[..tab];
                if (sorted)
                {
                    sorted = IsNormalizedAndAfter(word, previous, out var shared)
                        && table.HasRoomFor(word.Length, word.Length * (word.Length + 1) / 2);
                    if (sorted)
                    {
                        table.AppendSorted(word, frequency, shared);
                        total += frequency;
                        previous = word;
                        continue;
                    }
                }

                total += dictionary.SetWordLocked(word, frequency, keepHigher: true);
                table = dictionary._table;
            }

            dictionary._totalFrequency = total;
            dictionary._logTotal = total > 0 ? Math.Log(total) : 0;
        }

        return dictionary;
    }

    /// <summary>A jieba part-of-speech tag (n, nz, vn, ...) in the frequency's place.</summary>
    private static bool IsPartOfSpeech(ReadOnlySpan<char> field)
    {
        foreach (var c in field)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is normalised and sorts after <paramref name="previous"/>; also their common prefix length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNormalizedAndAfter(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, out int shared)
    {
        shared = 0;
        var length = Math.Min(word.Length, previous.Length);
        while (shared < length && word[shared] == previous[shared])
        {
            shared++;
        }

        var after = shared < length ? word[shared] > previous[shared] : word.Length > previous.Length;
        if (!after)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (CharClassifier.Normalize(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    internal static void Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = CharClassifier.Normalize(source[i]);
        }
    }

    private static char[] Validate(string word)
    {
        var trimmed = word.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            throw new ArgumentException("A dictionary word must not be empty.", nameof(word));
        }

        if (trimmed.Length > MaxWordLength)
        {
            throw new ArgumentException($"A dictionary word must be at most {MaxWordLength} chars: '{word}'.", nameof(word));
        }

        if (trimmed.ContainsAny(Whitespace))
        {
            throw new ArgumentException($"A dictionary word must not contain whitespace: '{word}'.", nameof(word));
        }

        var key = new char[trimmed.Length];
        Normalize(trimmed, key);
        return key;
    }

    /// <summary>Sets a word and updates the total; returns the change of the total.</summary>
    private long SetWordLocked(ReadOnlySpan<char> word, int frequency, bool keepHigher)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The dictionary is frozen: add words to a Copy() of it.");
        }

        Span<char> key = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, key);
        var table = _table;
        var prefixChars = key.Length * (key.Length + 1) / 2;
        if (!table.HasRoomFor(key.Length, prefixChars))
        {
            table = table.Grow(key.Length, prefixChars);
            Volatile.Write(ref _table, table);
        }

        var old = table.SetWord(key, frequency, keepHigher);
        var now = keepHigher ? Math.Max(old, frequency) : frequency;
        var total = _totalFrequency + (now - old);
        Interlocked.Exchange(ref _totalFrequency, total);
        Volatile.Write(ref _logTotal, total > 0 ? Math.Log(total) : 0);
        return now - old;
    }
}
