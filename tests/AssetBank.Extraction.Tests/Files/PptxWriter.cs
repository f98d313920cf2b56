using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace AssetBank.Extraction.Tests.Files;

/// <summary>
/// Writes decks for tests with the Open XML SDK: the parts a reader needs (presentation, slides, notes slides, images),
/// without masters and layouts, which text extraction never reads.
/// </summary>
public sealed class PptxWriter
{
    private readonly List<SlideSpec> _slides = [];

    public string? CoreTitle { get; init; }

    public PptxWriter Slide(string? title, string[] body, string? notes = null, string? pictureAlt = null, string[][]? table = null)
    {
        _slides.Add(new SlideSpec(title, body, notes, pictureAlt, table));
        return this;
    }

    public void Save(string path)
    {
        using var document = PresentationDocument.Create(path, PresentationDocumentType.Presentation);
        if (CoreTitle is not null)
        {
            document.PackageProperties.Title = CoreTitle;
        }

        var presentation = document.AddPresentationPart();
        var ids = new P.SlideIdList();
        uint next = 256;
        foreach (var spec in _slides)
        {
            var slidePart = presentation.AddNewPart<SlidePart>();
            var tree = Tree();
            uint shapeId = 2;
            if (spec.Title is not null)
            {
                tree.Append(TextShape(shapeId++, spec.Title, [spec.Title], P.PlaceholderValues.Title));
            }

            if (spec.Body.Length > 0)
            {
                tree.Append(TextShape(shapeId++, "Content", spec.Body, null));
            }

            if (spec.Table is not null)
            {
                tree.Append(TableFrame(shapeId++, spec.Table));
            }

            if (spec.PictureAlt is not null)
            {
                var image = slidePart.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(TestImages.Png))
                {
                    image.FeedData(stream);
                }

                tree.Append(Picture(shapeId++, slidePart.GetIdOfPart(image), spec.PictureAlt));
            }

            slidePart.Slide = new P.Slide(new P.CommonSlideData(tree));
            if (spec.Notes is not null)
            {
                var notesPart = slidePart.AddNewPart<NotesSlidePart>();
                var notesTree = Tree();
                notesTree.Append(TextShape(2, "Slide Image", ["(slide image)"], P.PlaceholderValues.SlideImage));
                notesTree.Append(TextShape(3, "Notes", spec.Notes.Split('\n'), P.PlaceholderValues.Body));
                notesPart.NotesSlide = new P.NotesSlide(new P.CommonSlideData(notesTree));
            }

            ids.Append(new P.SlideId { Id = next++, RelationshipId = presentation.GetIdOfPart(slidePart) });
        }

        presentation.Presentation = new P.Presentation(ids);
        presentation.Presentation.Save();
    }

    private static P.ShapeTree Tree() => new(
        new P.NonVisualGroupShapeProperties(
            new P.NonVisualDrawingProperties { Id = 1, Name = string.Empty },
            new P.NonVisualGroupShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.GroupShapeProperties(new A.TransformGroup()));

    private static P.Shape TextShape(uint id, string name, IEnumerable<string> lines, P.PlaceholderValues? placeholder)
    {
        var application = new P.ApplicationNonVisualDrawingProperties();
        if (placeholder is { } type)
        {
            application.Append(new P.PlaceholderShape { Type = type });
        }

        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        body.Append(lines.Select(l => new A.Paragraph(new A.Run(new A.Text(l)))));
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(),
                application),
            new P.ShapeProperties(),
            body);
    }

    private static P.GraphicFrame TableFrame(uint id, string[][] rows)
    {
        var table = new A.Table(new A.TableProperties(), new A.TableGrid(rows[0].Select(_ => new A.GridColumn { Width = 1_000_000 })));
        foreach (var row in rows)
        {
            table.Append(new A.TableRow(row.Select(cell => new A.TableCell(
                new A.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(cell)))),
                new A.TableCellProperties()))) { Height = 370_000 });
        }

        return new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = "Table" },
                new P.NonVisualGraphicFrameDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 3_000_000, Cy = 1_000_000 }),
            new A.Graphic(new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" }));
    }

    private static P.Picture Picture(uint id, string relationshipId, string alt) => new(
        new P.NonVisualPictureProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = "Picture", Description = alt },
            new P.NonVisualPictureDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
        new P.ShapeProperties());
}
