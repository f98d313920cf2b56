using System.Globalization;
using System.Text;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.TextFiles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AssetBank.Extraction.Documents;

/// <summary>
/// Word documents: paragraphs and tables in reading order, grouped under headings. A heading is a paragraph with
/// a Title/Heading style (by style name, so 标题 1 and Chinese Word's numeric style ids work), an outline level, or —
/// as agencies format by hand — a short paragraph that is bold throughout. The title is the core property, else
/// the first Title-styled paragraph, else a heading that opens the document.
/// </summary>
internal static class DocxExtractor
{
    private const int MaxBoldHeadingChars = 40;

    public static ExtractedContent Extract(ExtractionSource source, CancellationToken cancellationToken)
    {
        OfficePackage.Guard(source, "DOCX document", cancellationToken);
        return OfficePackage.Read(source, "DOCX document", () =>
        {
            using var document = WordprocessingDocument.Open(source.Path, false, OfficePackage.Settings(source));
            var main = document.MainDocumentPart ?? throw source.Reject("the DOCX document has no main document part");
            var body = main.Document?.Body ?? throw source.Reject("the DOCX document has no body");
            var styles = StyleNames(main);
            var builder = new SectionBuilder(source.Options.MaxTextChars);
            var coreTitle = Clean(document.PackageProperties.Title);
            string? title = coreTitle;
            builder.Title = title;
            var number = 0;
            var seenText = false;

            foreach (var element in Blocks(body))
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                var location = "paragraph " + number.ToString(CultureInfo.InvariantCulture);
                if (element is Table table)
                {
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(TextOf)).Trim());
                        builder.AddParagraph(string.Join(" | ", cells), location);
                    }

                    seenText = true;
                    continue;
                }

                var paragraph = (Paragraph)element;
                var text = TextOf(paragraph).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var kind = Classify(paragraph, text, styles);
                if (kind == DocxParagraphKind.Title && title is null)
                {
                    title = text;
                    builder.Title = title;
                }
                else if (kind == DocxParagraphKind.Heading && title is null && !seenText)
                {
                    // A heading that opens the document is its title.
                    title = text;
                    builder.Title = title;
                }

                if (kind is DocxParagraphKind.Title or DocxParagraphKind.Heading)
                {
                    builder.StartHeading(text, location);
                }
                else
                {
                    builder.AddParagraph(text, location);
                }

                seenText = true;
            }

            if (builder.Truncated)
            {
                source.Warnings.Add($"text cut at the limit of {source.Options.MaxTextChars:N0} characters (Extraction:MaxTextChars)");
            }

            var images = Images(main);
            return new ExtractedContent
            {
                Title = title,
                Sections = builder.Build(),
                Items = [.. images.Select((image, i) => image.ToItem(i + 1))],
            };
        });
    }

    /// <summary>Body paragraphs and tables in order, looking inside content controls (w:sdt).</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in Blocks(content))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>The visible text of a paragraph: text runs, tabs and breaks; deleted text and field codes are other types and stay out.</summary>
    internal static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }

    private static DocxParagraphKind Classify(Paragraph paragraph, string text, Dictionary<string, DocxStyle> styles)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        DocxStyle? style = styleId is not null && styles.TryGetValue(styleId, out var found) ? found : null;
        var name = Normalize(style?.Name ?? styleId ?? string.Empty);
        if (name is "title" or "标题")
        {
            return DocxParagraphKind.Title;
        }

        if (name.StartsWith("heading", StringComparison.Ordinal) || (name.StartsWith("标题", StringComparison.Ordinal) && name.Length > 2))
        {
            return DocxParagraphKind.Heading;
        }

        var outline = properties?.OutlineLevel?.Val?.Value ?? style?.OutlineLevel;
        if (outline is >= 0 and < 9)
        {
            return DocxParagraphKind.Heading;
        }

        return IsBoldThroughout(paragraph, style) && text.Length <= MaxBoldHeadingChars && !text.Contains('\n', StringComparison.Ordinal)
               && !"。！？!?；;，,、…：:".Contains(text[^1], StringComparison.Ordinal)
            ? DocxParagraphKind.Heading
            : DocxParagraphKind.Body;
    }

    private static bool IsBoldThroughout(Paragraph paragraph, DocxStyle? style)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        if (runs.Count == 0)
        {
            return false;
        }

        return runs.All(r => r.RunProperties?.Bold is { } bold ? bold.Val is null || bold.Val.Value : style?.Bold == true);
    }

    private static Dictionary<string, DocxStyle> StyleNames(MainDocumentPart main)
    {
        var result = new Dictionary<string, DocxStyle>(StringComparer.Ordinal);
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return result;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                var bold = style.StyleRunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
                result[id] = new DocxStyle(style.StyleName?.Val?.Value, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value, bold);
            }
        }

        return result;
    }

    private static List<EmbeddedImage> Images(MainDocumentPart main)
    {
        var alt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var drawing in main.Document?.Body?.Descendants<Drawing>() ?? [])
        {
            var properties = drawing.Descendants<DW.DocProperties>().FirstOrDefault();
            var embed = drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value;
            var description = Clean(properties?.Description?.Value) ?? Clean(properties?.Title?.Value);
            if (embed is not null && description is not null)
            {
                alt.TryAdd(embed, description);
            }
        }

        var images = new List<EmbeddedImage>();
        foreach (var part in main.ImageParts)
        {
            var id = main.GetIdOfPart(part);
            images.Add(new EmbeddedImage(part.Uri.OriginalString, part.ContentType, EmbeddedImage.SizeOf(part), "document", alt.GetValueOrDefault(id)));
        }

        return images;
    }

    private static string Normalize(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
