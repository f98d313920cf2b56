using System.Text;

namespace AssetBank.Core.Search;

/// <summary>A passage of a stored text field with the spans that matched the query.</summary>
/// <param name="Field">Which field it was taken from: <c>title</c>, <c>body</c>, <c>subtitles</c>, <c>comments</c> or <c>captions</c>.</param>
/// <param name="Text">The passage, with <c>…</c> where it was cut and line breaks turned into spaces.</param>
/// <param name="Highlights">Matched spans in <paramref name="Text"/>, ordered, not overlapping.</param>
public sealed record SearchSnippet(string Field, string Text, IReadOnlyList<SnippetHighlight> Highlights)
{
    /// <summary>The passage with each highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Render(string open = "<em>", string close = "</em>")
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        var builder = new StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var highlight in Highlights)
        {
            if (highlight.Start < at || highlight.End > Text.Length)
            {
                continue;
            }

            builder.Append(Text, at, highlight.Start - at).Append(open).Append(Text, highlight.Start, highlight.Length).Append(close);
            at = highlight.End;
        }

        return builder.Append(Text, at, Text.Length - at).ToString();
    }

    public override string ToString() => Render();
}
