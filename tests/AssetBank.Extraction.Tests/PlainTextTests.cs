using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class PlainTextTests : IDisposable
{
    private const string Copy = "夜醒不慌张\n\n凌晨三点，宝宝又醒了。新手爸爸手忙脚乱，冲奶、换尿布、哄睡。\n\n这一夜，他学会了温柔。\n\n口号：\n夜醒不慌，爸爸在旁\n一夜好眠，全家安心\n";

    private const string English = "Night feeds, new dads, and the calm that comes with practice.\n\n";

    private readonly TempFolder _folder = new();

    static PlainTextTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Gbk_text_without_a_bom_is_detected_and_decoded()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Copy.Replace("\n", "\r\n", StringComparison.Ordinal));
        var path = _folder.Write("gbk.txt", gbk);

        var content = await Extract.FileAsync(path, "copy/shipin_gbk.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Equal("gb18030", content.Encoding);
        Assert.Equal("夜醒不慌张", content.Title);
        Assert.Contains("凌晨三点，宝宝又醒了。", content.PlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", content.PlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    [InlineData("gb18030", false)]
    public async Task Each_encoding_is_detected_and_recorded(string encoding, bool bom)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(Copy)).ToArray(),
            // Without a BOM, UTF-16 shows only through the NUL halves of ASCII characters: give it an English paragraph.
            "utf-16le" => (bom ? new byte[] { 0xFF, 0xFE } : []).Concat(Encoding.Unicode.GetBytes(English + Copy)).ToArray(),
            "utf-16be" => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Copy)).ToArray(),
            _ => Encoding.GetEncoding("GB18030").GetBytes(Copy),
        };
        var path = _folder.Write($"{encoding}-{bom}.txt", bytes);

        var content = await Extract.FileAsync(path, "copy/a.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Equal(encoding, content.Encoding);
        Assert.Contains("新手爸爸手忙脚乱", content.PlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', content.PlainText());
    }

    [Fact]
    public async Task Paragraphs_become_sections_under_the_title_and_a_colon_label_becomes_a_heading()
    {
        var path = _folder.Write("copy.txt", Encoding.UTF8.GetBytes(Copy));

        var content = await Extract.FileAsync(path, "copy/a.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Equal("夜醒不慌张", content.Title);
        var body = Assert.Single(content.Sections, s => s.Heading == "夜醒不慌张");
        Assert.Equal("line 3", body.Location);
        Assert.Contains("这一夜，他学会了温柔。", body.Text, StringComparison.Ordinal);
        var slogans = Assert.Single(content.Sections, s => s.Heading == "口号");
        Assert.Equal("夜醒不慌，爸爸在旁\n一夜好眠，全家安心", slogans.Text);
    }

    [Fact]
    public async Task Binary_garbage_is_rejected_with_the_reason()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[10] = 0; // random data is full of NULs; make sure of one
        var path = _folder.Write("noise.txt", noise);

        var e = await Extract.RejectionAsync(path, "copy/noise.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Contains("binary", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_character_soup_without_nuls_is_rejected_as_binary()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 2 == 0 ? 0x01 + (i % 7) : 0x41)).ToArray();
        var path = _folder.Write("control.txt", bytes);

        var e = await Extract.RejectionAsync(path, "copy/control.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Contains("control characters", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var path = _folder.Write("empty.txt", []);

        var e = await Extract.RejectionAsync(path, "copy/empty.txt", AssetKind.Copy, ContentFormat.PlainText);

        Assert.Contains("empty", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_the_limit_is_cut_with_a_warning()
    {
        var text = string.Concat(Enumerable.Repeat("宝宝夜醒了，爸爸起来冲奶。\n\n", 500));
        var path = _folder.Write("long.txt", Encoding.UTF8.GetBytes(text));

        var content = await Extract.FileAsync(path, "copy/long.txt", AssetKind.Copy, ContentFormat.PlainText, new ExtractionOptions { MaxTextChars = 1000 });

        Assert.True(content.Sections.Sum(s => s.Text.Length) <= 1000);
        Assert.Contains(content.Warnings, w => w.Contains("MaxTextChars", StringComparison.Ordinal));
    }
}
