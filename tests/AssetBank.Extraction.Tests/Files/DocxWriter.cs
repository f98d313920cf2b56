using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AssetBank.Extraction.Tests.Files;

/// <summary>Writes Word documents for tests with the Open XML SDK: styled headings, bold hand-made headings, tables, pictures.</summary>
public sealed class DocxWriter
{
    private readonly List<OpenXmlElement> _blocks = [];
    private readonly List<(byte[] Bytes, string Alt)> _images = [];

    public string? CoreTitle { get; init; }

    public DocxWriter Styled(string styleId, string text)
    {
        _blocks.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text, bold: false)));
        return this;
    }

    public DocxWriter Body(string text)
    {
        _blocks.Add(new Paragraph(TextRun(text, bold: false)));
        return this;
    }

    /// <summary>A heading as agencies type it: a normal paragraph, bold and larger, no heading style.</summary>
    public DocxWriter Bold(string text)
    {
        _blocks.Add(new Paragraph(TextRun(text, bold: true)));
        return this;
    }

    public DocxWriter Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(TextRun(cell, bold: false))))));
        }

        _blocks.Add(table);
        return this;
    }

    public DocxWriter Picture(string alt)
    {
        _images.Add((TestImages.Png, alt));
        _blocks.Add(new Paragraph(new Run(new Drawing())));
        return this;
    }

    public void Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        if (CoreTitle is not null)
        {
            document.PackageProperties.Title = CoreTitle;
        }

        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        // Chinese Word names its styles like this: numeric ids, English names.
        styles.Styles = new Styles(
            Style("Title", "Title"),
            Style("1", "heading 1"),
            Style("2", "heading 2"));
        styles.Styles.Save();

        var pictures = 0;
        var body = new Body();
        foreach (var block in _blocks)
        {
            if (block is Paragraph p && p.Descendants<Drawing>().FirstOrDefault() is { } placeholder)
            {
                var (bytes, alt) = _images[pictures++];
                var part = main.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(bytes))
                {
                    part.FeedData(stream);
                }

                placeholder.Parent!.ReplaceChild(InlinePicture(main.GetIdOfPart(part), pictures, alt), placeholder);
            }

            body.Append(block);
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold(), new FontSize { Val = "32" }));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Drawing InlinePicture(string relationshipId, int id, string alt) => new(
        $"""
        <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
            <wp:extent cx="990000" cy="792000"/>
            <wp:docPr id="{id}" name="Picture {id}" descr="{alt}"/>
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
              <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
                <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
                  <pic:nvPicPr><pic:cNvPr id="0" name="kv{id}.png"/><pic:cNvPicPr/></pic:nvPicPr>
                  <pic:blipFill>
                    <a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="{relationshipId}"/>
                    <a:stretch><a:fillRect/></a:stretch>
                  </pic:blipFill>
                  <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="990000" cy="792000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
                </pic:pic>
              </a:graphicData>
            </a:graphic>
          </wp:inline>
        </w:drawing>
        """);
}
