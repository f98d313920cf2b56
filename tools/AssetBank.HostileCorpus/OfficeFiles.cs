using System.IO.Compression;
using System.Text;

namespace AssetBank.HostileCorpus;

/// <summary>Minimal DOCX and XLSX packages written part by part, so a part can be streamed or made hostile.</summary>
public static class OfficeFiles
{
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>An XLSX with one sheet whose <c>sheetData</c> (and anything after it) <paramref name="sheetBody"/> writes.</summary>
    public static void Xlsx(string path, Action<TextWriter> sheetBody, IReadOnlyList<string>? sharedStrings = null, string? sheetProlog = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
            """);
        Text(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{SheetNs}" xmlns:r="{RelNs}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        var sharedRel = sharedStrings is null ? string.Empty : $"""<Relationship Id="rId2" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/>""";
        Text(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/worksheet" Target="worksheets/sheet1.xml"/>{sharedRel}</Relationships>""");
        if (sharedStrings is not null)
        {
            var items = string.Concat(sharedStrings.Select(s => $"<si><t>{System.Security.SecurityElement.Escape(s)}</t></si>"));
            Text(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SheetNs}" count="{sharedStrings.Count}" uniqueCount="{sharedStrings.Count}">{items}</sst>""");
        }

        Streamed(zip, "xl/worksheets/sheet1.xml", writer =>
        {
            writer.Write($"""<?xml version="1.0" encoding="UTF-8"?>{sheetProlog}<worksheet xmlns="{SheetNs}">""");
            sheetBody(writer);
            writer.Write("</worksheet>");
        });
    }

    /// <summary>A DOCX whose <c>word/document.xml</c> is written by <paramref name="document"/>.</summary>
    public static void Docx(string path, Action<TextWriter> document)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """);
        Text(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="word/document.xml"/></Relationships>""");
        Streamed(zip, "word/document.xml", document);
    }

    /// <summary>A one-paragraph document body, for hostile prologs to sit in front of.</summary>
    public static string DocumentXml(string prolog, string paragraph) =>
        $"""<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{WordNs}"><w:body><w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p></w:body></w:document>""";

    public static string WordNamespace => WordNs;

    private static void Text(ZipArchive zip, string name, string content) =>
        Streamed(zip, name, writer => writer.Write(content));

    private static void Streamed(ZipArchive zip, string name, Action<TextWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
