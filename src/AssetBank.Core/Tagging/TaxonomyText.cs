namespace AssetBank.Core.Tagging;

/// <summary>
/// The folding used wherever taxonomy words meet text: full-width ASCII to half-width, the ideographic space to a
/// space, and case folding. Folding is one char to one char, so offsets in folded text are offsets in the original.
/// </summary>
public static class TaxonomyText
{
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds every char; the result has the same length as <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>The lookup key of a label or synonym: folded, trimmed, inner runs of white space collapsed to one space.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text.Trim());
        var builder = new System.Text.StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var c in folded)
        {
            var space = char.IsWhiteSpace(c);
            if (space && lastWasSpace)
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
            lastWasSpace = space;
        }

        return builder.ToString();
    }
}
