using System.Globalization;
using System.Text.RegularExpressions;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction.TextFiles;

/// <summary>
/// Markdown copy: ATX (<c># …</c>) and setext headings start sections, the first level-1 heading (or front-matter
/// <c>title:</c>) is the title, inline markup is removed for search text, and images are listed as items.
/// </summary>
internal static partial class MarkdownExtractor
{
    public static ExtractedContent Extract(ExtractionSource source, CancellationToken cancellationToken)
    {
        var decoded = TextFileReader.Read(source, source.Options.MaxTextChars);
        var lines = decoded.Text.Split('\n');
        var builder = new SectionBuilder(source.Options.MaxTextChars);
        var images = new List<ExtractedItem>();
        string? title = null;
        string? firstHeading = null;
        var paragraph = new List<string>();
        var paragraphStart = 0;
        string? fence = null;

        var index = SkipFrontMatter(lines, out var frontTitle);
        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                var text = string.Join('\n', paragraph.Select(l => fence is null ? CleanInline(l, images) : l));
                builder.AddParagraph(text, Line(paragraphStart));
                paragraph.Clear();
            }
        }

        void Heading(string text, int level, int lineNumber)
        {
            var heading = CleanInline(text, images).Trim();
            if (heading.Length == 0)
            {
                return;
            }

            firstHeading ??= heading;
            if (level == 1 && title is null && frontTitle is null)
            {
                title = heading;
                builder.Title = title;
            }

            builder.StartHeading(heading, Line(lineNumber));
        }

        for (; index < lines.Length; index++)
        {
            if ((index & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines[index].TrimEnd();
            var lineNumber = index + 1;
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    FlushParagraph();
                    fence = null;
                }
                else
                {
                    StartLine(lineNumber);
                    paragraph.Add(line);
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                FlushParagraph();
                fence = trimmed[..3];
                continue;
            }

            if (AtxHeading().Match(line) is { Success: true } atx)
            {
                FlushParagraph();
                Heading(atx.Groups["text"].Value, atx.Groups["hashes"].Length, lineNumber);
                continue;
            }

            if (SetextUnderline().Match(line) is { Success: true } setext && paragraph.Count == 1)
            {
                var text = paragraph[0];
                paragraph.Clear();
                Heading(text, setext.Groups["mark"].Value[0] == '=' ? 1 : 2, lineNumber - 1);
                continue;
            }

            if (trimmed.Length == 0)
            {
                FlushParagraph();
                continue;
            }

            if (ThematicBreak().IsMatch(line) || TableDelimiterRow().IsMatch(line))
            {
                if (!TableDelimiterRow().IsMatch(line))
                {
                    FlushParagraph();
                }

                continue;
            }

            StartLine(lineNumber);
            paragraph.Add(line);
        }

        FlushParagraph();
        title ??= frontTitle ?? firstHeading;
        builder.Title = title;
        return new ExtractedContent { Title = title, Sections = builder.Build(), Items = images, Encoding = decoded.Encoding };

        void StartLine(int lineNumber)
        {
            if (paragraph.Count == 0)
            {
                paragraphStart = lineNumber;
            }
        }
    }

    /// <summary>Markdown inline markup removed: links and images keep their text, emphasis and code marks go, list and quote markers go.</summary>
    internal static string CleanInline(string line, List<ExtractedItem>? images = null)
    {
        var text = QuoteMarker().Replace(line, string.Empty);
        text = ListMarker().Replace(text, string.Empty);
        text = Image().Replace(text, m =>
        {
            if (images is not null)
            {
                var alt = m.Groups["alt"].Value.Trim();
                var src = m.Groups["src"].Value.Trim();
                var number = (images.Count + 1).ToString(CultureInfo.InvariantCulture);
                images.Add(new ExtractedItem("image:" + number, "embedded-image", alt.Length > 0 ? alt : Path.GetFileName(src), alt.Length > 0 ? alt : src)
                {
                    Fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = src, ["alt"] = alt },
                });
            }

            return m.Groups["alt"].Value;
        });
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        text = HtmlTag().Replace(text, string.Empty);
        text = text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("~~", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal);
        text = Emphasis().Replace(text, "${inner}");
        text = Escape().Replace(text, "${c}");
        if (text.TrimStart().StartsWith('|'))
        {
            text = string.Join(" | ", text.Trim().Trim('|').Split('|').Select(c => c.Trim()));
        }

        return text.Trim();
    }

    private static int SkipFrontMatter(string[] lines, out string? title)
    {
        title = null;
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < Math.Min(lines.Length, 100); i++)
        {
            var line = lines[i].Trim();
            if (line is "---" or "...")
            {
                return i + 1;
            }

            if (line.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                var value = line["title:".Length..].Trim().Trim('"', '\'').Trim();
                title = value.Length > 0 ? value : null;
            }
        }

        title = null;
        return 0;
    }

    private static string Line(int number) => "line " + number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?<mark>=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableDelimiterRow();

    [GeneratedRegex(@"^\s*(>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\w*])\*(?<inner>[^*\s][^*]*?)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
