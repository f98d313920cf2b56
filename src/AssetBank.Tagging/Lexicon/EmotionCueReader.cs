namespace AssetBank.Tagging.Lexicon;

/// <summary>
/// Reads the words around an emotion word in its clause. Emotions in real copy are shown and turned: 不慌 is calm, not
/// panic; 从焦虑到安心 ends in reassurance; 有点累，但是很值 is about the 值; 太暖了 says warmth louder than 暖.
/// </summary>
internal static class EmotionCueReader
{
    private const int LookBehind = 6;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?\n");
    private const int ArcLookAhead = 10;

    // Longest first, so 一点也不 is taken whole before 不.
    private static readonly string[] Negators =
    [
        "一点也不", "一点都不", "再也不", "并不", "毫不", "不再", "不用", "不必", "无需", "不会", "告别", "远离", "没有", "从不", "不", "没", "别", "莫", "勿", "甭",
    ];

    // Words that may stand between a negator and the emotion word: 不那么焦虑, 没有太累, 不再感到孤单.
    private static readonly string[] Fillers = ["那么", "这么", "怎么", "感到", "觉得", "太", "很", "再", "会", "用", "算", "是", "那", "要"];

    private static readonly string[] Intensifiers = ["特别", "非常", "超级", "真的", "简直", "太", "超", "好", "巨", "贼", "爆", "最", "满满"];

    private static readonly string[] ContrastWords = ["但是", "可是", "不过", "然而", "但", "却"];

    private static readonly string[] ArcEnds = ["变成了", "变成", "变得", "到了", "到"];

    public static EmotionCue Read(string text, int start, int end, double arcStartFactor, double contrastFactor, double intensifierFactor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauseStart = ClauseStart(text, start);
        var before = text.AsSpan(clauseStart, start - clauseStart);
        if (Negator(before) is { } negatorStart)
        {
            return new EmotionCue(1.0, true, clauseStart + negatorStart);
        }

        var factor = 1.0;
        var cueStart = start;
        foreach (var word in Intensifiers)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                factor *= intensifierFactor;
                cueStart = start - word.Length;
                break;
            }
        }

        if (IsArcStart(text, clauseStart, start, end))
        {
            factor *= arcStartFactor;
        }
        else if (ContrastFollows(text, end))
        {
            factor *= contrastFactor;
        }

        return new EmotionCue(factor, false, cueStart);
    }

    /// <summary>Whether a phrase opens with a negator (不孤单, 告别焦虑).</summary>
    public static bool StartsWithNegator(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var negator in Negators)
        {
            if (phrase.Length > negator.Length && phrase.StartsWith(negator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Offset in <paramref name="before"/> of a negator that governs the word right after it, or null.</summary>
    private static int? Negator(ReadOnlySpan<char> before)
    {
        var tail = before;
        for (var skipped = 0; skipped < 2; skipped++)
        {
            foreach (var negator in Negators)
            {
                if (tail.EndsWith(negator, StringComparison.Ordinal))
                {
                    // 不得不 (have to) does not negate what follows.
                    var at = tail.Length - negator.Length;
                    if (negator == "不" && at > 0 && tail[at - 1] == '得')
                    {
                        return null;
                    }

                    return at;
                }
            }

            var fillerLength = 0;
            foreach (var filler in Fillers)
            {
                if (tail.EndsWith(filler, StringComparison.Ordinal))
                {
                    fillerLength = filler.Length;
                    break;
                }
            }

            if (fillerLength == 0)
            {
                return null;
            }

            tail = tail[..^fillerLength];
        }

        return null;
    }

    /// <summary>从 X 到 Y: X is where the story starts, Y where it ends.</summary>
    private static bool IsArcStart(string text, int clauseStart, int start, int end)
    {
        var from = text.LastIndexOf('从', Math.Max(clauseStart, start - 1), Math.Max(0, start - clauseStart));
        if (from < 0 || start - from > LookBehind)
        {
            return false;
        }

        var window = text.AsSpan(end, Math.Min(ArcLookAhead, text.Length - end));
        var stop = window.IndexOfAny(SentenceEnds);
        if (stop >= 0)
        {
            window = window[..stop];
        }

        foreach (var word in ArcEnds)
        {
            if (window.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A contrast word later in the same sentence turns the story away from this word.</summary>
    private static bool ContrastFollows(string text, int end)
    {
        var sentenceEnd = text.AsSpan(end).IndexOfAny(SentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? -1 : end + sentenceEnd;
        var rest = text.AsSpan(end, (sentenceEnd < 0 ? text.Length : sentenceEnd) - end);
        if (rest.Length > 20)
        {
            rest = rest[..20];
        }

        foreach (var word in ContrastWords)
        {
            if (rest.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseStart(string text, int start)
    {
        var limit = Math.Max(0, start - LookBehind);
        for (var i = start - 1; i >= limit; i--)
        {
            if (text[i] is '，' or ',' or '。' or '！' or '？' or '!' or '?' or '；' or ';' or '\n' or ' ' or '、' or '~' or '～')
            {
                return i + 1;
            }
        }

        return limit;
    }
}
