using AssetBank.SampleLibrary.Themes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>Writes a copy document as .docx: a bold title, body paragraphs, a slogan heading and one paragraph per slogan.</summary>
internal static class DocxWriter
{
    public static void Write(string path, CopyDocument copy)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = copy.Title;
        document.PackageProperties.Creator = "AssetBank.SampleLibrary";
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph(copy.Title, bold: true, halfPoints: 36));
        foreach (var paragraph in copy.Paragraphs)
        {
            body.Append(Paragraph(paragraph, bold: false, halfPoints: 24));
        }

        body.Append(Paragraph(CopyRendering.SloganHeading, bold: true, halfPoints: 28));
        foreach (var slogan in copy.Slogans)
        {
            body.Append(Paragraph(slogan, bold: false, halfPoints: 24));
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text, bool bold, int halfPoints)
    {
        // Schema order inside w:rPr: rFonts, b, ..., sz, szCs.
        var properties = new RunProperties(new RunFonts { EastAsia = "微软雅黑", Ascii = "Arial", HighAnsi = "Arial" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
