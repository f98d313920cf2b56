using System.Globalization;
using System.Text;

namespace AssetBank.Search.Querying;

/// <summary>
/// Splits query text in two steps. Strong separators (white space, commas, 、, ;, +, /, |; not a slash between digits) end a chunk; a chunk may be an
/// explicit <c>name:value</c>. A <c>+</c> or <c>-</c> at the start of the text or after white space is not a separator
/// but the chunk's modifier (<c>+哄睡</c> must match, <c>-奶粉</c> must not). Weak separators (—, –, -, ×, and x between Chinese characters) then split a chunk into
/// parts, except a hyphen between Latin letters or digits (<c>kol-list</c>, <c>T-shirt</c>).
/// </summary>
internal static class QuerySplitter
{
    public static List<QueryChunk> SplitStrong(string text)
    {
        var chunks = new List<QueryChunk>();
        var current = new StringBuilder();
        var modifier = QueryModifier.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (current.Length == 0 && ModifierOf(text, i) is { } prefix)
            {
                modifier = prefix;
                continue;
            }

            if (ClosingQuote(c) is { } close)
            {
                var end = text.IndexOf(close, i + 1);
                if (end > i)
                {
                    Flush(chunks, current, ref modifier);
                    var quoted = text[(i + 1)..end].Trim();
                    if (quoted.Length > 0)
                    {
                        // Quotes ask for the phrase: it must match unless the quote is excluded.
                        chunks.Add(new QueryChunk(quoted, Quoted: true, modifier == QueryModifier.Excluded ? QueryModifier.Excluded : QueryModifier.Required));
                    }

                    modifier = QueryModifier.None;
                    i = end;
                    continue;
                }

                Flush(chunks, current, ref modifier);
                continue;
            }

            if (IsStrongSeparator(c) && !IsDateSlash(text, i))
            {
                Flush(chunks, current, ref modifier);
                continue;
            }

            current.Append(c);
        }

        Flush(chunks, current, ref modifier);
        return chunks;
    }

    public static List<string> SplitWeak(string chunk)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            if (IsWeakSeparator(chunk, i))
            {
                Add(parts, chunk[start..i]);
                start = i + 1;
            }
        }

        Add(parts, chunk[start..]);
        return parts;
    }

    /// <summary>Removes punctuation and symbols (#, 【】, 《》, quotes, !) from both ends; emoji stay.</summary>
    public static string TrimPunctuation(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A slash between digits belongs to a date (2024/5/1), not between parts.</summary>
    private static bool IsDateSlash(string text, int i) =>
        text[i] == '/' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static bool IsStrongSeparator(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '，' or '、' or ';' or '；' or '+' or '＋' or '/' or '|' or '｜' or '&' or '。';

    private static bool IsWeakSeparator(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '—' or '–' or '―' or '－' or '×' or '✕' or '✖' or '~' or '～':
                return true;
            case '-':
                return !(i > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]));
            case 'x' or 'X':
                return i > 0 && i + 1 < text.Length && IsCjk(text[i - 1]) && IsCjk(text[i + 1]);
            default:
                return false;
        }
    }

    private static bool IsTrimmable(char c) =>
        !char.IsSurrogate(c) && (char.IsPunctuation(c) || char.IsSymbol(c)) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherSymbol;

    private static char? ClosingQuote(char c) => c switch
    {
        '"' => '"',
        '“' => '”',
        '「' => '」',
        '『' => '』',
        _ => null,
    };

    private static void Flush(List<QueryChunk> chunks, StringBuilder current, ref QueryModifier modifier)
    {
        if (current.Length > 0)
        {
            chunks.Add(new QueryChunk(current.ToString(), Quoted: false, modifier));
            current.Clear();
        }

        modifier = QueryModifier.None;
    }

    /// <summary>A + or - starting a chunk (at the start or after white space) and followed by something to modify.</summary>
    private static QueryModifier? ModifierOf(string text, int i)
    {
        var c = text[i];
        if (c is not ('+' or '＋' or '-' or '－') || (i > 0 && !char.IsWhiteSpace(text[i - 1])) || i + 1 >= text.Length)
        {
            return null;
        }

        var next = text[i + 1];
        if (char.IsWhiteSpace(next) || next is '+' or '＋' or '-' or '－')
        {
            return null;
        }

        return c is '+' or '＋' ? QueryModifier.Required : QueryModifier.Excluded;
    }

    private static void Add(List<string> parts, string part)
    {
        var trimmed = part.Trim();
        if (trimmed.Length > 0)
        {
            parts.Add(trimmed);
        }
    }
}
