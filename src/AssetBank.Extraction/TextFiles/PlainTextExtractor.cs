using System.Globalization;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction.TextFiles;

/// <summary>
/// Plain-text copy (.txt): paragraphs are blocks between blank lines; a short first line is the title; a short
/// line on its own, or a short first line ending in a colon (口号：), is a heading for what follows.
/// </summary>
internal static class PlainTextExtractor
{
    private const int MaxTitleChars = 60;
    private const int MaxHeadingChars = 30;
    private const int MaxLabelChars = 20;

    public static ExtractedContent Extract(ExtractionSource source, CancellationToken cancellationToken)
    {
        var decoded = TextFileReader.Read(source, source.Options.MaxTextChars);
        var builder = new SectionBuilder(source.Options.MaxTextChars);
        string? title = null;
        var paragraphs = Paragraphs(decoded.Text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, lines) = paragraphs[p];
            var location = "line " + start.ToString(CultureInfo.InvariantCulture);
            var last = p == paragraphs.Count - 1;
            if (p == 0 && lines.Count == 1 && !last && IsTitleLike(lines[0]))
            {
                title = lines[0].Trim();
                builder.Title = title;
                builder.StartHeading(title, location);
                continue;
            }

            if (lines.Count == 1 && !last && IsHeadingLike(lines[0]))
            {
                builder.StartHeading(StripColon(lines[0]), location);
                continue;
            }

            if (lines.Count > 1 && IsLabel(lines[0]))
            {
                builder.StartHeading(StripColon(lines[0]), location);
                builder.AddParagraph(string.Join('\n', lines.Skip(1)), "line " + (start + 1).ToString(CultureInfo.InvariantCulture));
                continue;
            }

            builder.AddParagraph(string.Join('\n', lines), location);
        }

        return new ExtractedContent { Title = title, Sections = builder.Build(), Encoding = decoded.Encoding };
    }

    /// <summary>Blocks of non-blank lines with the 1-based number of their first line.</summary>
    internal static List<(int Start, List<string> Lines)> Paragraphs(string text)
    {
        var result = new List<(int, List<string>)>();
        List<string>? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                result.Add((i + 1, current));
            }

            current.Add(line);
        }

        return result;
    }

    private static bool IsTitleLike(string line)
    {
        var t = line.Trim();
        return t.Length <= MaxTitleChars && !EndsSentence(t) && !t.EndsWith('：') && !t.EndsWith(':');
    }

    private static bool IsHeadingLike(string line)
    {
        var t = line.Trim();
        return t.Length <= MaxHeadingChars && !EndsSentence(t);
    }

    private static bool IsLabel(string line)
    {
        var t = line.Trim();
        return t.Length <= MaxLabelChars && (t.EndsWith('：') || t.EndsWith(':'));
    }

    private static bool EndsSentence(string t) =>
        t.Length > 0 && "。！？!?；;，,、…".Contains(t[^1], StringComparison.Ordinal);

    private static string StripColon(string line) => line.Trim().TrimEnd('：', ':').Trim();
}
