using System.Text;

namespace AssetBank.Media.Ocr;

/// <summary>
/// Tidies a recognised line and decides whether it is text or garbage: a confidence floor, a minimum of Chinese
/// characters, and — with a lexicon — a share of the characters that must belong to dictionary words of two or more
/// characters (found by forward maximum matching). Noise, blank frames and non-Chinese scripts fail these checks.
/// </summary>
public sealed class OcrTextFilter
{
    private const string KeptPunctuation = "，。！？、：；“”‘’《》「」%·…—-+&!?,.:;%/";

    private readonly IOcrLexicon? _lexicon;

    public OcrTextFilter(IOcrLexicon? lexicon, double minConfidence, double minWordCoverage = 0.4)
    {
        _lexicon = lexicon;
        MinConfidence = minConfidence;
        MinWordCoverage = minWordCoverage;
    }

    /// <summary>Mean confidence from which a line needs only half the word coverage.</summary>
    public const double ConfidentReading = 0.85;

    public double MinConfidence { get; }

    public double MinWordCoverage { get; }

    /// <summary>The cleaned line, or null when it should be dropped.</summary>
    public string? Accept(string text, double confidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (confidence < MinConfidence)
        {
            return null;
        }

        var cleaned = Clean(text);
        var hanzi = cleaned.Count(IsHanzi);
        var letters = cleaned.Count(c => !char.IsWhiteSpace(c) && !KeptPunctuation.Contains(c));
        if (hanzi < 2 || hanzi < letters * 0.6)
        {
            return null;
        }

        // Captions are full of one-character words (的, 也, 手); a confidently read line needs fewer dictionary words.
        var needed = confidence >= ConfidentReading ? MinWordCoverage / 2 : MinWordCoverage;
        return _lexicon is null || WordCoverage(cleaned, _lexicon) >= needed ? cleaned : null;
    }

    /// <summary>Drops the spaces the recogniser puts between Chinese characters and characters that are neither text nor common punctuation.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (IsHanzi(c) || char.IsAsciiLetterOrDigit(c) || KeptPunctuation.Contains(c))
            {
                kept.Append(c);
            }
            else if (c == ' ' && kept.Length > 0 && kept[^1] != ' ')
            {
                kept.Append(' ');
            }
        }

        var result = new StringBuilder(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] == ' ')
            {
                var before = result.Length > 0 ? result[^1] : ' ';
                var after = i + 1 < kept.Length ? kept[i + 1] : ' ';
                if (!char.IsAsciiLetterOrDigit(before) || !char.IsAsciiLetterOrDigit(after))
                {
                    continue; // a space only separates Latin words
                }
            }

            result.Append(kept[i]);
        }

        return result.ToString().Trim(' ', '-', '—', '·', '.', ',', ':', ';', '/', '、', '，', '。');
    }

    /// <summary>Share of Chinese characters covered by dictionary words of two or more characters.</summary>
    public static double WordCoverage(string text, IOcrLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        int total = 0, covered = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsHanzi(text[i]))
            {
                i++;
                continue;
            }

            var run = i;
            while (run < text.Length && IsHanzi(text[run]))
            {
                run++;
            }

            var position = i;
            while (position < run)
            {
                var longest = 1;
                for (var length = Math.Min(lexicon.MaxWordLength, run - position); length >= 2; length--)
                {
                    if (lexicon.Contains(text.AsSpan(position, length)))
                    {
                        longest = length;
                        break;
                    }
                }

                total += longest;
                if (longest > 1)
                {
                    covered += longest;
                }

                position += longest;
            }

            i = run;
        }

        return total == 0 ? 0 : (double)covered / total;
    }

    public static bool IsHanzi(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
