using System.Runtime.CompilerServices;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>
/// Segments one block (a run of Han chars, letters and digits, at most <see cref="MaxBlockLength"/>
/// chars of normalised text) into words. One instance per tokenizer: it owns the work arrays, so
/// segmenting allocates nothing once they exist.
/// </summary>
/// <remarks>
/// The steps are jieba's: (1) every dictionary word that starts at each position forms a DAG over the
/// block; (2) dynamic programming from the right picks the path with the highest product of word
/// probabilities (frequency / total, in logs; an unknown char counts as frequency 1); (3) runs of
/// consecutive single chars on that path that are not themselves a dictionary word go to the HMM,
/// whose Viterbi path over B/M/E/S states finds the unknown words (names, brands, slang).
/// AssetBank's additions: a run of letters and digits is one atom that no word may cut (so the
/// dictionary's "iphone" cannot split "iPhone16"), dictionary words that mix both scripts (T恤, B站)
/// still match, digits take a following 年/月/日/号 (2024年, as in the PKU/MSR standards), and index
/// mode adds the dictionary words inside each long word.
/// </remarks>
internal sealed class Segmenter
{
    public const int MaxBlockLength = 4096;
    public const int MaxAtomLength = 255;

    private const byte AtomHan = 1;
    private const byte AtomLetters = 2;
    private const byte AtomInteger = 3;
    private const byte AtomNumber = 4;
    private const byte AtomMixed = 5;

    private readonly ChineseDictionary _dictionary;
    private readonly HmmModel _hmm;
    private readonly bool _indexMode;

    private readonly int[] _atomEnd = new int[MaxBlockLength + 1];
    private readonly byte[] _atomKind = new byte[MaxBlockLength + 1];
    private readonly double[] _score = new double[MaxBlockLength + 1];
    private readonly int[] _next = new int[MaxBlockLength + 1];
    private readonly double[] _viterbi = new double[MaxBlockLength * 4];
    private readonly byte[] _back = new byte[MaxBlockLength * 4];
    private readonly byte[] _states = new byte[MaxBlockLength];
    private SegmentToken[] _tokens = new SegmentToken[256];
    private int _tokenCount;

    public Segmenter(ChineseDictionary dictionary, HmmModel hmm, bool indexMode)
    {
        _dictionary = dictionary;
        _hmm = hmm;
        _indexMode = indexMode;
    }

    public ReadOnlySpan<SegmentToken> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>True for the chars that can start a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsBlock(CharKind kind) => kind is CharKind.Han or CharKind.Letter or CharKind.Digit;

    /// <summary>Length of the block that starts at text[0]: Han chars and letter/digit atoms, capped.</summary>
    public static int ScanBlock(ReadOnlySpan<char> text)
    {
        var limit = Math.Min(text.Length, MaxBlockLength);
        var i = 0;
        while (i < limit)
        {
            var kind = CharClassifier.KindOf(text[i]);
            if (kind == CharKind.Han)
            {
                i++;
            }
            else if (kind is CharKind.Letter or CharKind.Digit)
            {
                i = ScanAtom(text, i, limit, out _);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Segments <paramref name="block"/> (normalised text, as found by <see cref="ScanBlock"/>) into <see cref="Tokens"/>.</summary>
    public void Segment(ReadOnlySpan<char> block)
    {
        _tokenCount = 0;
        var n = block.Length;
        if (n == 0)
        {
            return;
        }

        FindAtoms(block);
        FindBestPath(block);
        EmitPath(block);
    }

    private void FindAtoms(ReadOnlySpan<char> block)
    {
        var n = block.Length;
        var atomEnd = _atomEnd;
        var i = 0;
        while (i < n)
        {
            if (CharClassifier.KindOf(block[i]) == CharKind.Han)
            {
                atomEnd[i] = i + 1;
                _atomKind[i] = AtomHan;
                i++;
                continue;
            }

            var end = ScanAtom(block, i, n, out var atomKind);
            atomEnd[i] = end;
            _atomKind[i] = atomKind;
            for (var inside = i + 1; inside < end; inside++)
            {
                atomEnd[inside] = 0;
            }

            i = end;
        }

        atomEnd[n] = n + 1;
    }

    /// <summary>A run of letters and digits, with a decimal point between digits and a trailing percent sign.</summary>
    private static int ScanAtom(ReadOnlySpan<char> text, int start, int limit, out byte atomKind)
    {
        var i = start;
        var letters = false;
        var digits = false;
        var decimalOrPercent = false;
        var lastWasDigit = false;
        var maxEnd = Math.Min(limit, start + MaxAtomLength);
        while (i < maxEnd)
        {
            var c = text[i];
            var kind = CharClassifier.KindOf(c);
            if (kind == CharKind.Letter)
            {
                letters = true;
                lastWasDigit = false;
                i++;
            }
            else if (kind == CharKind.Digit)
            {
                digits = true;
                lastWasDigit = true;
                i++;
            }
            else if (kind == CharKind.Mark && i > start)
            {
                i++;
            }
            else if (c == '.' && lastWasDigit && i + 1 < maxEnd && CharClassifier.KindOf(text[i + 1]) == CharKind.Digit)
            {
                decimalOrPercent = true;
                i++;
            }
            else if (c == '%' && lastWasDigit)
            {
                decimalOrPercent = true;
                i++;
                break;
            }
            else
            {
                break;
            }
        }

        atomKind = letters
            ? (digits ? AtomMixed : AtomLetters)
            : (decimalOrPercent ? AtomNumber : AtomInteger);
        return i;
    }

    private void FindBestPath(ReadOnlySpan<char> block)
    {
        var n = block.Length;
        var table = _dictionary.Table;
        var logTotal = _dictionary.LogTotal;
        var atomEnd = _atomEnd;
        var score = _score;
        var next = _next;
        score[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            if (atomEnd[i] == 0)
            {
                continue;
            }

            var best = double.NegativeInfinity;
            var bestEnd = -1;

            // One- and two-char keys come from the fast tables; longer ones from the hash table,
            // with the hash carried along as the candidate grows.
            var first = block[i];
            var frequency = table.CharFrequency(first);
            if (frequency >= 0)
            {
                if (frequency > 0 && atomEnd[i + 1] != 0)
                {
                    best = Math.Log(frequency) - logTotal + score[i + 1];
                    bestEnd = i + 1;
                }

                if (i + 1 < n && (frequency = table.PairFrequency(first, block[i + 1])) >= 0)
                {
                    if (frequency > 0 && atomEnd[i + 2] != 0)
                    {
                        var candidate = Math.Log(frequency) - logTotal + score[i + 2];
                        if (candidate >= best)
                        {
                            best = candidate;
                            bestEnd = i + 2;
                        }
                    }

                    var hash = WordTable.Step(WordTable.Step(WordTable.HashSeed, first), block[i + 1]);
                    var limit = Math.Min(n, i + ChineseDictionary.MaxWordLength);
                    for (var j = i + 2; j < limit; j++)
                    {
                        hash = WordTable.Step(hash, block[j]);
                        frequency = table.Lookup(hash, block.Slice(i, j - i + 1));
                        if (frequency < 0)
                        {
                            break;
                        }

                        if (frequency > 0 && atomEnd[j + 1] != 0)
                        {
                            var candidate = Math.Log(frequency) - logTotal + score[j + 1];
                            // Ties go to the longer word, as in jieba.
                            if (candidate >= best)
                            {
                                best = candidate;
                                bestEnd = j + 1;
                            }
                        }
                    }
                }
            }

            if (bestEnd < 0)
            {
                bestEnd = atomEnd[i];
                best = -logTotal + score[bestEnd];
            }

            score[i] = best;
            next[i] = bestEnd;
        }
    }

    private void EmitPath(ReadOnlySpan<char> block)
    {
        var n = block.Length;
        var x = 0;
        var pending = -1;
        var lastIntegerEnd = -1;
        var lastWordEnd = -1;
        var lastWordIndex = -1;
        while (x < n)
        {
            var y = _next[x];
            if (y - x == 1 && _atomKind[x] == AtomHan)
            {
                if (IsChineseDigit(block[x]) && ChineseYearEnd(block, x) is var yearEnd and > 0)
                {
                    if (pending >= 0)
                    {
                        FlushSingles(block, pending, x);
                        pending = -1;
                    }

                    Add(x, yearEnd, TokenKind.Number, isSubWord: false);
                    lastIntegerEnd = -1;
                    lastWordEnd = -1;
                    x = yearEnd;
                    continue;
                }

                if (pending < 0 && lastIntegerEnd == x && IsDateUnit(block[x]))
                {
                    ExtendNumberWithUnit(y);
                    lastIntegerEnd = -1;
                    x = y;
                    continue;
                }

                if (pending < 0 && lastWordEnd == x && IsSuffix(block[x]))
                {
                    ExtendWordWithSuffix(lastWordIndex, y);
                    lastWordEnd = -1;
                    x = y;
                    continue;
                }

                if (pending < 0)
                {
                    pending = x;
                }
            }
            else
            {
                if (pending >= 0)
                {
                    FlushSingles(block, pending, x);
                    pending = -1;
                }

                var index = _tokenCount;
                EmitWord(block, x, y);
                lastIntegerEnd = y == _atomEnd[x] && _atomKind[x] == AtomInteger ? y : -1;
                var isHanWord = y - x >= 2 && _tokens[index].Kind == TokenKind.Word && CharClassifier.KindOf(block[y - 1]) == CharKind.Han;
                lastWordEnd = isHanWord ? y : -1;
                lastWordIndex = index;
            }

            x = y;
        }

        if (pending >= 0)
        {
            FlushSingles(block, pending, n);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsChineseDigit(char c) => c is '〇' or '○' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九';

    /// <summary>A year written in Chinese digits (二〇二四年), left as single chars by the best path: its end, or -1.</summary>
    private int ChineseYearEnd(ReadOnlySpan<char> block, int start)
    {
        var p = start;
        while (p < block.Length && _next[p] == p + 1 && IsChineseDigit(block[p]))
        {
            p++;
        }

        if (p - start >= 2 && p < block.Length && _next[p] == p + 1 && block[p] == '年')
        {
            return p + 1;
        }

        // The last digit may have gone into a dictionary word with the 年 (四年, 一年).
        return p - start >= 1 && p + 1 < block.Length && _next[p] == p + 2 && IsChineseDigit(block[p]) && block[p + 1] == '年' ? p + 2 : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDateUnit(char c) => c is '年' or '月' or '日' or '号';

    /// <summary>
    /// Bound suffixes that make a new word of the word before them (宝妈们, 学生党, 上班族, 科技感,
    /// 订单量, 认知度): when the best path leaves one alone right after a dictionary word, it joins
    /// that word instead of the HMM run, which is where jieba loses these unknown compounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSuffix(char c) => c is '们' or '党' or '族' or '感' or '率' or '量' or '度' or '性' or '化';

    private void ExtendWordWithSuffix(int wordIndex, int end)
    {
        var word = _tokens[wordIndex];
        _tokens[wordIndex] = word with { End = end };
        if (_indexMode)
        {
            // The word itself becomes a sub-word, right after the extended word (offsets never go back).
            Add(0, 0, TokenKind.Word, isSubWord: true);
            Array.Copy(_tokens, wordIndex + 1, _tokens, wordIndex + 2, _tokenCount - wordIndex - 2);
            _tokens[wordIndex + 1] = word with { IsSubWord = true };
        }
    }

    private void ExtendNumberWithUnit(int end)
    {
        // The integer is the last token emitted (integers get no sub-words).
        var number = _tokens[_tokenCount - 1];
        _tokens[_tokenCount - 1] = number with { End = end };
        if (_indexMode)
        {
            Add(number.Start, number.End, TokenKind.Number, isSubWord: true);
        }
    }

    private void EmitWord(ReadOnlySpan<char> block, int start, int end)
    {
        if (end == _atomEnd[start] && _atomKind[start] != AtomHan)
        {
            var atomKind = _atomKind[start];
            Add(start, end, atomKind is AtomInteger or AtomNumber ? TokenKind.Number : TokenKind.Alphanumeric, isSubWord: false);
            if (_indexMode && atomKind == AtomMixed)
            {
                EmitScriptRuns(block, start, end);
            }

            return;
        }

        Add(start, end, TokenKind.Word, isSubWord: false);
        if (_indexMode && end - start > 2)
        {
            EmitDictionarySubWords(block, start, end);
        }
    }

    /// <summary>Index mode: iphone16 also as iphone and 16, so a query for either part finds it.</summary>
    private void EmitScriptRuns(ReadOnlySpan<char> block, int start, int end)
    {
        var runStart = start;
        var runIsDigit = CharClassifier.KindOf(block[start]) == CharKind.Digit;
        for (var i = start + 1; i <= end; i++)
        {
            var kind = i < end ? CharClassifier.KindOf(block[i]) : CharKind.Punctuation;
            if (kind == CharKind.Mark)
            {
                continue;
            }

            var isDigit = kind == CharKind.Digit;
            var isLetter = kind == CharKind.Letter;
            if (i == end || (isDigit && !runIsDigit) || (isLetter && runIsDigit))
            {
                Add(runStart, i, runIsDigit ? TokenKind.Number : TokenKind.Alphanumeric, isSubWord: true);
                runStart = i;
                runIsDigit = isDigit;
            }
        }
    }

    /// <summary>Index mode: every dictionary word of two or more chars strictly inside [start, end).</summary>
    private void EmitDictionarySubWords(ReadOnlySpan<char> block, int start, int end)
    {
        var table = _dictionary.Table;
        var length = end - start;
        for (var i = start; i < end - 1; i++)
        {
            if (_atomEnd[i] == 0)
            {
                continue;
            }

            var hash = WordTable.HashSeed;
            for (var j = i; j < end; j++)
            {
                hash = WordTable.Step(hash, block[j]);
                var frequency = table.Lookup(hash, block.Slice(i, j - i + 1));
                if (frequency < 0)
                {
                    break;
                }

                var size = j + 1 - i;
                if (size >= 2 && size < length && _atomEnd[j + 1] != 0 && frequency > 0)
                {
                    Add(i, j + 1, TokenKind.Word, isSubWord: true);
                }
            }
        }
    }

    /// <summary>A run of single chars on the best path: one char stays, a dictionary word stays split, the rest goes to the HMM.</summary>
    private void FlushSingles(ReadOnlySpan<char> block, int start, int end)
    {
        if (end - start == 1)
        {
            Add(start, end, TokenKind.Word, isSubWord: false);
            return;
        }

        var run = block[start..end];
        var table = _dictionary.Table;
        if (table.Lookup(WordTable.HashOf(run), run) > 0)
        {
            for (var i = start; i < end; i++)
            {
                Add(i, i + 1, TokenKind.Word, isSubWord: false);
            }

            return;
        }

        Viterbi(run);
        var states = _states;
        var wordStart = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var state = states[i];
            if (state == HmmModel.B)
            {
                if (wordStart < i)
                {
                    // Only on an invalid state sequence: never drop or overlap chars.
                    EmitWord(block, start + wordStart, start + i);
                }

                wordStart = i;
            }
            else if (state is HmmModel.E or HmmModel.S)
            {
                if (state == HmmModel.S && wordStart < i)
                {
                    EmitWord(block, start + wordStart, start + i);
                    wordStart = i;
                }

                EmitWord(block, start + wordStart, start + i + 1);
                wordStart = i + 1;
            }
        }

        if (wordStart < run.Length)
        {
            EmitWord(block, start + wordStart, end);
        }
    }

    /// <summary>The most probable B/M/E/S tagging of <paramref name="run"/> into <see cref="_states"/>.</summary>
    private void Viterbi(ReadOnlySpan<char> run)
    {
        var hmm = _hmm;
        var v = _viterbi;
        var back = _back;
        var first = run[0];
        for (var state = 0; state < 4; state++)
        {
            v[state] = hmm.Start(state) + hmm.Emission(first, state);
        }

        for (var t = 1; t < run.Length; t++)
        {
            var c = run[t];
            var previous = (t - 1) * 4;
            var current = t * 4;
            Step(v, back, previous, current, HmmModel.B, HmmModel.E, HmmModel.S, hmm.Emission(c, HmmModel.B));
            Step(v, back, previous, current, HmmModel.E, HmmModel.B, HmmModel.M, hmm.Emission(c, HmmModel.E));
            Step(v, back, previous, current, HmmModel.M, HmmModel.M, HmmModel.B, hmm.Emission(c, HmmModel.M));
            Step(v, back, previous, current, HmmModel.S, HmmModel.S, HmmModel.E, hmm.Emission(c, HmmModel.S));
        }

        var last = (run.Length - 1) * 4;
        // A word must end at the end: E or S; on a tie S wins, as in jieba.
        var end = v[last + HmmModel.S] >= v[last + HmmModel.E] ? HmmModel.S : HmmModel.E;
        for (var t = run.Length - 1; t >= 0; t--)
        {
            _states[t] = (byte)end;
            end = back[(t * 4) + end];
        }

        void Step(double[] scores, byte[] from, int previous, int current, int state, int a, int b, double emission)
        {
            // Emission is added before comparing, exactly like jieba: with the -3.14e100 stand-ins the
            // sums can absorb small differences and then the tie rule (larger state letter) decides.
            var viaA = scores[previous + a] + hmm.Transition(a, state) + emission;
            var viaB = scores[previous + b] + hmm.Transition(b, state) + emission;
            if (viaA > viaB || (viaA == viaB && a > b))
            {
                scores[current + state] = viaA;
                from[current + state] = (byte)a;
            }
            else
            {
                scores[current + state] = viaB;
                from[current + state] = (byte)b;
            }
        }
    }

    private void Add(int start, int end, TokenKind kind, bool isSubWord)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_tokenCount++] = new SegmentToken(start, end, kind, isSubWord);
    }
}
