using System.Globalization;

namespace AssetBank.SegmentationEval;

/// <summary>Turns word lists and token offsets into comparable spans, leaving out punctuation and symbols.</summary>
internal static class Segmentations
{
    /// <summary>The spans of consecutive words that cover <paramref name="text"/> from the start.</summary>
    public static List<Span> FromWords(string text, IEnumerable<string> words)
    {
        var spans = new List<Span>();
        var position = 0;
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw new InvalidOperationException($"'{word}' does not continue '{text}' at {position}.");
            }

            spans.Add(new Span(position, position + word.Length));
            position += word.Length;
        }

        return spans;
    }

    /// <summary>
    /// Only spans that contain a letter, digit or ideograph are scored: punctuation, whitespace and
    /// emoji are not words of either standard, and our analyzer drops punctuation by design.
    /// </summary>
    public static List<Span> Scorable(string text, IEnumerable<Span> spans) =>
        [.. spans.Where(span => IsScorable(text.AsSpan(span.Start, span.End - span.Start)))];

    public static bool IsScorable(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
            }
        }

        return false;
    }
}
