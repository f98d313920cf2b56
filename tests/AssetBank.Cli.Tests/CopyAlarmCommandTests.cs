using System.IO.Compression;
using System.Text;

namespace AssetBank.Cli.Tests;

/// <summary><c>reference import --kind copy</c>, the copy check at ingest, and <c>alarms show</c> with passages, through the real CLI.</summary>
public sealed class CopyAlarmCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-copy-alarms-" + Guid.NewGuid().ToString("N"));

    public CopyAlarmCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "refs", "slogans"));
        Directory.CreateDirectory(Path.Combine(_root, "data", "store", "campaign"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Refs => Path.Combine(_root, "refs");

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task A_new_post_reusing_a_competitor_slogan_raises_a_copy_alarm_with_both_passages_and_an_unrelated_text_none()
    {
        Write(Path.Combine(Refs, "slogans", "清泉山.txt"), "怕上火，就喝清泉山凉茶");
        Write(Path.Combine(Refs, "远途.md"), "# 远途纯电SUV\n\n十分钟快充补能三百公里，周末自驾游说走就走。带全家出游，安心又从容。");
        Write(Path.Combine(Refs, "notes.json"), "{\"not\": \"a text reference\"}");
        Write(Path.Combine(Data, "store", "campaign", "夏日推文.txt"),
            "姐妹们！最近真的好热，办公室午后来一瓶冰镇的最舒服。\n怕上火就喝清泉山凉茶！已有二十万人种草，点击下方链接立即抢购 #夏日饮品");
        Write(Path.Combine(Data, "store", "campaign", "家居文案.txt"),
            "这款扫地机器人自动集尘解放双手，周末大扫除也住得更舒心。新房入住就选木语，家的感觉回来了。");

        var import = await SucceedsAsync("reference", "import", Refs, "--name", "竞品文案", "--licence", "仅供比对 (not licensed)", "--kind", "copy");
        Assert.Contains("新增 2", import, StringComparison.Ordinal);
        await SucceedsAsync("ingest");
        await SucceedsAsync("alarms", "check");

        var list = await SucceedsAsync("alarms", "list");
        Assert.Contains("共 1 条", list, StringComparison.Ordinal);
        Assert.DoesNotContain("家居文案", list, StringComparison.Ordinal);

        var show = await SucceedsAsync("alarms", "show", "1");
        Assert.Contains("夏日推文.txt", show, StringComparison.Ordinal);
        Assert.Contains("竞品文案/slogans/清泉山.txt", show, StringComparison.Ordinal);
        Assert.Contains("仅供比对 (not licensed)", show, StringComparison.Ordinal);
        Assert.Contains("匹配段落 (matched passages): 1", show, StringComparison.Ordinal);
        Assert.Contains("「怕上火就喝清泉山凉茶」 ‖ 「怕上火，就喝清泉山凉茶」", show, StringComparison.Ordinal);
        Assert.Contains("参考 (reference) 字符 0–11", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_re_import_of_a_copy_library_reads_only_what_changed_and_drops_removed_texts()
    {
        Write(Path.Combine(Refs, "a.txt"), "九十鸭绒轻暖不臃肿，栖木羽绒服");
        Write(Path.Combine(Refs, "b.txt"), "续航七百公里告别里程焦虑");

        await SucceedsAsync("reference", "import", Refs, "--name", "文案库", "--licence", "RF", "--kind", "copy");
        File.Delete(Path.Combine(Refs, "b.txt"));
        var again = await SucceedsAsync("reference", "import", Refs, "--name", "文案库", "--licence", "RF", "--kind", "copy");

        Assert.Contains("新增 0 · 更新 0 · 未变 1 · 移除 1", again, StringComparison.Ordinal);
        Assert.Contains("文案库", await SucceedsAsync("reference", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slogan_in_a_word_document_is_a_reference_and_a_damaged_pdf_is_listed_with_its_problem()
    {
        WriteDocx(Path.Combine(Refs, "竞品口号.docx"), "怕上火，就喝清泉山凉茶。");
        await File.WriteAllBytesAsync(Path.Combine(Refs, "broken.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a pdf"));
        Write(Path.Combine(Data, "store", "campaign", "夏日推文.txt"), "最近真的好热。怕上火就喝清泉山凉茶！点击下方链接立即抢购 #夏日饮品");

        var (exitCode, import, error) = await CliProcess.RunAsync(["reference", "import", Refs, "--name", "竞品文案", "--licence", "仅供比对", "--kind", "copy", "--data", Data]);
        Assert.True(exitCode == 2, $"{exitCode}: {error}{import}");
        Assert.Contains("新增 1", import, StringComparison.Ordinal);
        Assert.Contains("broken.pdf", import, StringComparison.Ordinal);
        await SucceedsAsync("ingest");
        await SucceedsAsync("alarms", "check");

        var show = await SucceedsAsync("alarms", "show", "1");
        Assert.Contains("竞品文案/竞品口号.docx", show, StringComparison.Ordinal);
        Assert.Contains("「怕上火就喝清泉山凉茶」", show, StringComparison.Ordinal);
    }

    /// <summary>Runs the CLI on this test's data folder and returns its output; a non-zero exit fails the test with what it said.</summary>
    private async Task<string> SucceedsAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync([.. arguments, "--data", Data]);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} → {exitCode}: {error}{output}");
        return output;
    }

    /// <summary>The smallest Word document the document reader accepts: content types, the package relationship and a body.</summary>
    private static void WriteDocx(string path, params string[] paragraphs)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"));
        Part("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));
}
