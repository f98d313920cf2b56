using System.Globalization;
using System.Text;

namespace AssetBank.Cli;

/// <summary>Makes text from objects and the catalog safe to print: nothing in it can steer the terminal.</summary>
/// <remarks>
/// Keys and failure reasons come from whoever named a file or an object. An escape sequence in them would recolour or
/// rewrite the terminal, a newline would break a table row, and a bidi override would show a name reversed; each such
/// character is shown instead as a visible escape (<c>\x1b</c>, <c>\n</c>, <c>\u202e</c>).
/// </remarks>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                <= '\u00ff' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, and the Unicode line breaks.</summary>
    private static bool IsUnsafe(char c) =>
        c < ' '
        || c is >= '\u007f' and <= '\u009f'
        || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069';
}
