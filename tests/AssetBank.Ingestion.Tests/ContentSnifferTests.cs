using System.IO.Compression;
using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Ingestion.Detection;

namespace AssetBank.Ingestion.Tests;

public sealed class ContentSnifferTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-sniff-").FullName;

    public static TheoryData<string, byte[], ContentFormat, AssetKind> Headers => new()
    {
        { "clip.bin", [0, 0, 0, 0x20, .. "ftypisom"u8.ToArray(), 0, 0, 2, 0], ContentFormat.Mp4, AssetKind.Video },
        { "clip.bin", [0, 0, 0, 0x14, .. "ftypqt  "u8.ToArray(), 0, 0, 2, 0], ContentFormat.QuickTime, AssetKind.Video },
        { "song.bin", [0, 0, 0, 0x20, .. "ftypM4A "u8.ToArray(), 0, 0, 2, 0], ContentFormat.M4a, AssetKind.Audio },
        { "clip.bin", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8.ToArray()], ContentFormat.WebM, AssetKind.Video },
        { "clip.bin", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88, .. "matroska"u8.ToArray()], ContentFormat.Matroska, AssetKind.Video },
        { "pic.bin", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8.ToArray()], ContentFormat.Jpeg, AssetKind.Image },
        { "pic.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], ContentFormat.Png, AssetKind.Image },
        { "pic.bin", [.. "RIFF"u8.ToArray(), 0x24, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()], ContentFormat.WebP, AssetKind.Image },
        { "pic.bin", [.. "GIF89a"u8.ToArray(), 1, 0, 1, 0], ContentFormat.Gif, AssetKind.Image },
        { "song.bin", [.. "ID3"u8.ToArray(), 4, 0, 0, 0, 0, 0, 0], ContentFormat.Mp3, AssetKind.Audio },
        { "song.bin", [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0], ContentFormat.Mp3, AssetKind.Audio },
        { "song.bin", [0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC], ContentFormat.Aac, AssetKind.Audio },
        { "song.bin", [.. "RIFF"u8.ToArray(), 0x24, 0, 0, 0, .. "WAVEfmt "u8.ToArray()], ContentFormat.Wav, AssetKind.Audio },
        { "doc.bin", [.. "%PDF-1.7\n"u8.ToArray()], ContentFormat.Pdf, AssetKind.Copy },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task Recognises_formats_by_their_magic_bytes(string name, byte[] header, ContentFormat format, AssetKind kind)
    {
        var detected = await DetectAsync(name, [.. header, .. new byte[64]]);

        Assert.NotNull(detected);
        Assert.Equal(format, detected.Format);
        Assert.Equal(kind, detected.Kind);
    }

    [Fact]
    public async Task Trusts_content_over_a_lying_extension()
    {
        var detected = await DetectAsync("holiday.mp4", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        Assert.Equal(ContentFormat.Png, detected!.Format);
    }

    [Fact]
    public async Task Random_bytes_are_not_recognised()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        Assert.Null(await DetectAsync("photo.jpg", bytes));
    }

    [Fact]
    public async Task Recognises_docx_pptx_and_a_kol_xlsx_by_their_parts()
    {
        var docx = await ZipAsync("brief.docx", ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
        var pptx = await ZipAsync("deck.bin", ("ppt/presentation.xml", "<p:presentation/>"));
        var xlsx = await ZipAsync("kol.bin", ("xl/workbook.xml", "<workbook/>"), ("xl/sharedStrings.xml", "<sst><si><t>昵称</t></si><si><t>粉丝数</t></si></sst>"));

        Assert.Equal((ContentFormat.Docx, AssetKind.Copy), (docx!.Format, docx.Kind));
        Assert.Equal((ContentFormat.Pptx, AssetKind.Copy), (pptx!.Format, pptx.Kind));
        Assert.Equal((ContentFormat.Xlsx, AssetKind.KolList), (xlsx!.Format, xlsx.Kind));
    }

    [Fact]
    public async Task Tells_kol_lists_from_comment_exports_by_their_headers()
    {
        var kol = await DetectAsync("a.csv", Encoding.UTF8.GetBytes("\uFEFF昵称,平台,粉丝数,垂类\n奶爸日记,小红书,12.3万,母婴\n宝妈小雨,抖音,1.2w,母婴\n"));
        var comments = await DetectAsync("b.csv", Encoding.UTF8.GetBytes("用户昵称,评论内容,点赞数,时间,视频ID\n小王,哈哈哈哈,1200,2026-01-01,v1\n小李,破防了,88,2026-01-02,v1\n"));

        Assert.Equal((ContentFormat.Csv, AssetKind.KolList), (kol!.Format, kol.Kind));
        Assert.Equal((ContentFormat.Csv, AssetKind.Social), (comments!.Format, comments.Kind));
    }

    [Fact]
    public async Task Recognises_social_json_and_plain_copy_in_several_encodings()
    {
        var notes = await DetectAsync("notes.json", Encoding.UTF8.GetBytes("[{\"title\":\"夜醒崩溃\",\"body\":\"#新手爸爸\",\"likes\":120,\"comments\":8}]"));
        var utf8 = await DetectAsync("copy.txt", Encoding.UTF8.GetBytes("凌晨三点，宝宝又醒了。"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = await DetectAsync("copy-gbk.txt", Encoding.GetEncoding("GB18030").GetBytes("凌晨三点，宝宝又醒了，新手爸爸手忙脚乱。"));
        var utf16 = await DetectAsync("copy16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("温馨的一家三口")]);
        var markdown = await DetectAsync("brief.md", Encoding.UTF8.GetBytes("# 创意简报\n\n- 目标人群：新手爸爸\n"));

        Assert.Equal((ContentFormat.Json, AssetKind.Social), (notes!.Format, notes.Kind));
        Assert.Equal(ContentFormat.PlainText, utf8!.Format);
        Assert.Equal(ContentFormat.PlainText, gbk!.Format);
        Assert.Equal(ContentFormat.PlainText, utf16!.Format);
        Assert.Equal(ContentFormat.Markdown, markdown!.Format);
        Assert.All(new[] { utf8, gbk, utf16, markdown }, d => Assert.Equal(AssetKind.Copy, d.Kind));
    }

    [Fact]
    public async Task A_broken_zip_is_not_an_office_document()
    {
        Assert.Null(await DetectAsync("broken.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 0xC8, 0x91]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<DetectedContent?> DetectAsync(string name, byte[] content)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, content);
        return await ContentSniffer.DetectAsync(path, name, CancellationToken.None);
    }

    private async Task<DetectedContent?> ZipAsync(string name, params (string Entry, string Text)[] entries)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        await using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var (entry, text) in entries)
            {
                await using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), Encoding.UTF8);
                await writer.WriteAsync(text);
            }
        }

        return await ContentSniffer.DetectAsync(path, name, CancellationToken.None);
    }
}
