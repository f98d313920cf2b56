using System.Globalization;
using AssetBank.Core.Extraction;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using AssetBank.Extraction.TextFiles;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace AssetBank.Extraction.Documents;

/// <summary>
/// Decks (提案): one section per slide (<c>slide N</c>, headed by the slide's title placeholder) and one per slide's
/// speaker notes (<c>notes of slide N</c>); pictures are listed as <c>embedded-image</c> items with their alt text.
/// The deck's title is the core property, else the first slide's title.
/// </summary>
internal static class PptxExtractor
{
    public static ExtractedContent Extract(ExtractionSource source, CancellationToken cancellationToken)
    {
        OfficePackage.Guard(source, "PPTX deck", cancellationToken);
        return OfficePackage.Read(source, "PPTX deck", () =>
        {
            using var document = PresentationDocument.Open(source.Path, false, OfficePackage.Settings(source));
            var presentation = document.PresentationPart ?? throw source.Reject("the PPTX deck has no presentation part");
            var slideIds = presentation.Presentation?.SlideIdList?.Elements<P.SlideId>().ToList() ?? [];
            var builder = new SectionBuilder(source.Options.MaxTextChars);
            string? title = string.IsNullOrWhiteSpace(document.PackageProperties.Title) ? null : document.PackageProperties.Title.Trim();
            var images = new List<EmbeddedImage>();
            var seenImages = new HashSet<string>(StringComparer.Ordinal);

            if (slideIds.Count > source.Options.MaxPages)
            {
                source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the deck has {slideIds.Count} slides; only the first {source.Options.MaxPages} are read (Extraction:MaxPages)"));
            }

            for (var i = 0; i < Math.Min(slideIds.Count, source.Options.MaxPages); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                if (slideIds[i].RelationshipId?.Value is not { } relationship || presentation.GetPartById(relationship) is not SlidePart slide)
                {
                    source.Warnings.Add($"slide {number} is missing from the package; skipped");
                    continue;
                }

                var tree = slide.Slide?.CommonSlideData?.ShapeTree;
                var slideTitle = tree is null ? null : TitleOf(tree);
                var lines = tree is null ? [] : TextLines(tree, skipTitle: true).ToList();
                title ??= slideTitle;
                var text = lines.Count > 0 ? string.Join('\n', lines) : slideTitle ?? string.Empty;
                if (text.Length > 0)
                {
                    builder.AddSection(slideTitle, text, "slide " + number);
                }

                var notesTree = slide.NotesSlidePart?.NotesSlide?.CommonSlideData?.ShapeTree;
                if (notesTree is not null)
                {
                    var notes = string.Join('\n', TextLines(notesTree, skipTitle: false));
                    if (notes.Trim().Length > 0)
                    {
                        builder.AddSection(slideTitle, notes, "notes of slide " + number);
                    }
                }

                CollectImages(slide, "slide " + number, images, seenImages);
            }

            if (builder.Truncated)
            {
                source.Warnings.Add($"text cut at the limit of {source.Options.MaxTextChars:N0} characters (Extraction:MaxTextChars)");
            }

            builder.Title = title;
            return new ExtractedContent
            {
                Title = title,
                Sections = builder.Build(),
                Items = [.. images.Select((image, i) => image.ToItem(i + 1))],
            };
        });
    }

    private static string? TitleOf(P.ShapeTree tree)
    {
        foreach (var shape in tree.Descendants<P.Shape>())
        {
            if (IsPlaceholder(shape, PlaceholderKind.Title))
            {
                var text = string.Join(' ', Paragraphs(shape)).Trim();
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>Text of every shape, group and table on the slide, one line per paragraph, in document order.</summary>
    private static IEnumerable<string> TextLines(P.ShapeTree tree, bool skipTitle)
    {
        foreach (var element in tree.Descendants())
        {
            switch (element)
            {
                case P.Shape shape:
                    if ((skipTitle && IsPlaceholder(shape, PlaceholderKind.Title)) || IsPlaceholder(shape, PlaceholderKind.Furniture))
                    {
                        continue;
                    }

                    foreach (var line in Paragraphs(shape))
                    {
                        yield return line;
                    }

                    break;
                case A.TableRow row:
                    var cells = row.Elements<A.TableCell>().Select(c => string.Join(' ', c.Descendants<A.Paragraph>().Select(TextOf)).Trim());
                    yield return string.Join(" | ", cells);
                    break;
            }
        }
    }

    private static IEnumerable<string> Paragraphs(P.Shape shape) =>
        shape.TextBody?.Elements<A.Paragraph>().Select(TextOf).Where(t => t.Trim().Length > 0) ?? [];

    private static string TextOf(A.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            A.Text t => t.Text,
            A.Break => "\n",
            _ => string.Empty,
        }));

    private static bool IsPlaceholder(P.Shape shape, PlaceholderKind kind)
    {
        var placeholder = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
        if (placeholder?.Type?.Value is not { } type)
        {
            return false;
        }

        return kind == PlaceholderKind.Title
            ? type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle
            : type == P.PlaceholderValues.SlideNumber || type == P.PlaceholderValues.Header || type == P.PlaceholderValues.Footer
              || type == P.PlaceholderValues.DateAndTime || type == P.PlaceholderValues.SlideImage;
    }

    private static void CollectImages(SlidePart slide, string location, List<EmbeddedImage> images, HashSet<string> seen)
    {
        var alt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var picture in slide.Slide?.Descendants<P.Picture>() ?? [])
        {
            var properties = picture.NonVisualPictureProperties?.NonVisualDrawingProperties;
            var description = properties?.Description?.Value ?? properties?.Title?.Value;
            if (picture.BlipFill?.Blip?.Embed?.Value is { } embed && !string.IsNullOrWhiteSpace(description))
            {
                alt.TryAdd(embed, description.Trim());
            }
        }

        foreach (var part in slide.ImageParts)
        {
            var path = part.Uri.OriginalString;
            if (seen.Add(path))
            {
                images.Add(new EmbeddedImage(path, part.ContentType, EmbeddedImage.SizeOf(part), location, alt.GetValueOrDefault(slide.GetIdOfPart(part))));
            }
        }
    }
}
