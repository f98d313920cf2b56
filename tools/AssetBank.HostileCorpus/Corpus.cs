using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AssetBank.HostileCorpus;

/// <summary>Writes every hostile case (and a few good objects) into a folder, with <c>cases.json</c> saying what each must come to.</summary>
public static class Corpus
{
    public const string CasesFile = "cases.json";

    private const string KolHeader = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IReadOnlyList<HostileCase> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var cases = new List<HostileCase>();
        void Add(string id, string name, string expected, string? reason, string description, Action<string> write)
        {
            write(Path.Combine(folder, name));
            cases.Add(new HostileCase(id, name, expected, reason, description));
        }

        void Bytes(string id, string name, string expected, string? reason, string description, byte[] bytes) =>
            Add(id, name, expected, reason, description, path => File.WriteAllBytes(path, bytes));

        Add("xlsx-xfd-column", "xfd-column.xlsx", HostileCase.Processed, "Extraction:MaxCells",
            "200,000 rows, each one cell in column XFD: dense rows would be 16,384 cells wide", path =>
            OfficeFiles.Xlsx(path, w =>
            {
                w.Write("<sheetData>");
                for (var r = 1; r <= 200_000; r++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"""<row r="{r}"><c r="XFD{r}" t="s"><v>0</v></c></row>"""));
                }

                w.Write("</sheetData>");
            }, ["far right"]));

        Add("xlsx-merges", "merges.xlsx", HostileCase.Processed, "merged ranges were not filled",
            "20,000 merged ranges of 9,999 cells (one row by 9,999 columns) over 20,000 one-cell rows", path =>
            OfficeFiles.Xlsx(path, w =>
            {
                w.Write("<sheetData>");
                for (var r = 1; r <= 20_000; r++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"""<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"""));
                }

                w.Write("</sheetData><mergeCells count=\"20000\">");
                for (var r = 1; r <= 20_000; r++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"""<mergeCell ref="A{r}:NTO{r}"/>"""));
                }

                w.Write("</mergeCells>");
            }, ["merged"]));

        Add("xlsx-million-rows", "million-rows.xlsx", HostileCase.Processed, "only the first 20,000 rows",
            "a KOL list of 1,000,000 rows: the first Extraction:MaxRows are kept", path =>
            OfficeFiles.Xlsx(path, w =>
            {
                w.Write("<sheetData>" + KolHeader);
                for (var r = 2; r <= 1_000_001; r++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"""<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}"><v>{r}</v></c></row>"""));
                }

                w.Write("</sheetData>");
            }, ["昵称", "粉丝数", "达人"]));

        Add("pdf-inflate-bomb", "inflate-bomb.pdf", HostileCase.Failed, "Extraction:MaxInflatedBytes",
            "a PDF of a few MB whose page content stream inflates to 2.5 GiB", path => PdfFiles.InflateBomb(path, 2_560L << 20));

        Add("docx-zip-bomb", "zip-bomb.docx", HostileCase.Failed, "zip bomb",
            "a DOCX of about 1 MB whose document.xml inflates to 1 GiB", path =>
            OfficeFiles.Docx(path, w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{OfficeFiles.WordNamespace}"><w:body><w:p><w:r><w:t>""");
                var block = new string('a', 1 << 20);
                for (var i = 0; i < 1024; i++)
                {
                    w.Write(block);
                }

                w.Write("</w:t></w:r></w:p></w:body></w:document>");
            }));

        const string laughs = """<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>""";
        const string xxe = """<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""";
        Add("docx-billion-laughs", "billion-laughs.docx", HostileCase.Failed, "DTD",
            "a DOCX whose document.xml defines nested entities expanding to 10^9 'lol's",
            path => OfficeFiles.Docx(path, w => w.Write(OfficeFiles.DocumentXml(laughs, "&lol9;"))));
        Add("docx-xxe", "xxe.docx", HostileCase.Failed, "DTD",
            "a DOCX whose document.xml pulls in file:///etc/passwd as an external entity",
            path => OfficeFiles.Docx(path, w => w.Write(OfficeFiles.DocumentXml(xxe, "&xxe;"))));
        Add("xlsx-xxe", "xxe.xlsx", HostileCase.Failed, "DTD",
            "an XLSX whose sheet pulls in file:///etc/passwd as an external entity",
            path => OfficeFiles.Xlsx(path, w => w.Write("""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>"""), null, xxe));

        Bytes("png-bomb-header", "bomb-header.png", HostileCase.Failed, "refused without decoding",
            "a small PNG whose IHDR declares 100,000×100,000 pixels", ImageFiles.PngDeclaring(100_000, 100_000));
        Bytes("jpeg-bomb-header", "bomb-header.jpg", HostileCase.Failed, "refused without decoding",
            "a small JPEG whose start-of-frame declares 65,000×65,000 pixels", ImageFiles.JpegDeclaring(65_000, 65_000, null));
        Bytes("gif-10000-frames", "frames.gif", HostileCase.Processed, null,
            "a 1×1 GIF of 10,000 frames (about 230 KB)", ImageFiles.AnimatedGif(10_000));
        Bytes("jpeg-truncated-9999", "truncated-9999.jpg", HostileCase.Processed, "truncated",
            "a JPEG declaring 9999×9999 cut a few hundred bytes into its scan", ImageFiles.JpegDeclaring(9999, 9999, 300));
        Bytes("avif-still", "still.avif", HostileCase.Failed, "AVIF",
            "the ftyp/meta boxes of a still AVIF (hand-made, no coded picture): an image, not a video", ImageFiles.StillAvifHeader());

        Bytes("m3u-playlist", "playlist.m3u", HostileCase.Processed, null,
            "an M3U playlist naming /etc/passwd: text, never handed to ffmpeg", Encoding.UTF8.GetBytes("#EXTM3U\n#EXTINF:-1,passwd\nfile:///etc/passwd\n/etc/passwd\n"));
        Bytes("ffconcat-playlist", "list.ffconcat", HostileCase.Processed, null,
            "an ffconcat script naming /etc/passwd: text, never handed to ffmpeg", Encoding.UTF8.GetBytes("ffconcat version 1.0\nfile '/etc/passwd'\nfile 'file:/etc/passwd'\n"));

        const string brief = "品牌简介：春季新品发布会。Spring launch brief for the KOL campaign, 2026.\n目标人群：一线城市年轻女性。\n";
        Bytes("utf16le-no-bom", "utf16le.txt", HostileCase.Processed, null,
            "UTF-16LE text without a byte-order mark", Encoding.Unicode.GetBytes(brief));
        Bytes("utf16be-no-bom", "utf16be.txt", HostileCase.Processed, null,
            "UTF-16BE text without a byte-order mark", Encoding.BigEndianUnicode.GetBytes(brief));
        Bytes("mixed-encoding", "mixed.txt", HostileCase.Processed, "mixed",
            "UTF-8 text with one line in GBK", MixedEncoding(brief));

        Add("kol-xlsx-inline-strings", "kol-inline.xlsx", HostileCase.Processed, null,
            "a KOL list whose cells are inline strings (no sharedStrings part)", path =>
            OfficeFiles.Xlsx(path, w => w.Write("""
                <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>昵称</t></is></c><c r="B1" t="inlineStr"><is><t>粉丝数</t></is></c><c r="C1" t="inlineStr"><is><t>平台</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>小红</t></is></c><c r="B2"><v>120000</v></c><c r="C2" t="inlineStr"><is><t>小红书</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>阿明</t></is></c><c r="B3"><v>560000</v></c><c r="C3" t="inlineStr"><is><t>抖音</t></is></c></row></sheetData>
                """)));

        Bytes("empty", "empty.txt", HostileCase.Failed, "empty", "a file of 0 bytes", []);

        var good = Encoding.UTF8.GetBytes(brief);
        Bytes("name-leading-dash", "-rf --output=x.txt", HostileCase.Processed, null, "a good brief named like command-line options", good);
        Bytes("name-nfd-chinese", "品牌\uF907简介-cafe\u0301.txt".Normalize(NormalizationForm.FormD), HostileCase.Processed, null,
            "a good brief whose name is NFD (a compatibility ideograph and an accent decomposed)", good);
        Bytes("name-chinese", "春季新品发布会简报.txt", HostileCase.Processed, null, "a good brief with a Chinese name", good);
        Bytes("name-control-chars", "brief\u0001\u001b[31mred\u007f.txt", HostileCase.Processed, null,
            "a good brief whose name holds control characters and an ANSI escape", good);
        Bytes("name-250-bytes", new string('简', 82) + ".txt", HostileCase.Processed, null, "a good brief whose name is 250 bytes of UTF-8", good);

        Bytes("good-brief", "brief.txt", HostileCase.Processed, null, "a good text brief beside the hostile ones", good);
        Bytes("good-png", "logo.png", HostileCase.Processed, null, "a good 32×32 PNG beside the hostile ones", ImageFiles.Png(32, 32));

        File.WriteAllText(Path.Combine(folder, CasesFile), JsonSerializer.Serialize(cases, Json));
        return cases;
    }

    public static IReadOnlyList<HostileCase> Read(string folder) =>
        JsonSerializer.Deserialize<List<HostileCase>>(File.ReadAllText(Path.Combine(folder, CasesFile)), Json)
        ?? throw new InvalidDataException($"{CasesFile} in {folder} is empty.");

    private static byte[] MixedEncoding(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        return [.. Encoding.UTF8.GetBytes(text + text), .. gbk.GetBytes("这一行是 GBK 编码的。\n"), .. Encoding.UTF8.GetBytes(text + text + text)];
    }
}
