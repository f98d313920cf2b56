using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class DocxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Styled_headings_structure_the_sections_and_the_core_title_wins()
    {
        var path = _folder.File("brief.docx");
        new DocxWriter { CoreTitle = "母婴夜醒TVC文案" }
            .Styled("Title", "夜醒不慌张")
            .Body("凌晨三点，宝宝又醒了。")
            .Styled("1", "人物关系")
            .Body("新手爸爸第一次独自带娃。")
            .Body("妈妈出差，爸爸守夜。")
            .Styled("2", "情绪")
            .Body("焦虑，然后释然。")
            .Save(path);

        var content = await Extract.FileAsync(path, "copy/brief.docx", AssetKind.Copy, ContentFormat.Docx);

        Assert.Equal("母婴夜醒TVC文案", content.Title);
        Assert.Equal(["夜醒不慌张", "人物关系", "情绪"], content.Sections.Select(s => s.Heading));
        Assert.Equal("新手爸爸第一次独自带娃。\n妈妈出差，爸爸守夜。", content.Sections[1].Text);
        Assert.Equal("paragraph 4", content.Sections[1].Location);
        Assert.Null(content.Encoding);
    }

    [Fact]
    public async Task A_bold_first_paragraph_is_the_title_when_there_is_no_core_title()
    {
        var path = _folder.File("handmade.docx");
        new DocxWriter()
            .Bold("一路向前")
            .Body("他在夜路上开了很久。")
            .Bold("口号")
            .Body("向前，就是答案")
            .Table(["镜头", "画面"], ["1", "车灯划破夜色"])
            .Save(path);

        var content = await Extract.FileAsync(path, "copy/story.docx", AssetKind.Copy, ContentFormat.Docx);

        Assert.Equal("一路向前", content.Title);
        var slogan = Assert.Single(content.Sections, s => s.Heading == "口号");
        Assert.Equal("向前，就是答案\n镜头 | 画面\n1 | 车灯划破夜色", slogan.Text);
    }

    [Fact]
    public async Task Embedded_pictures_are_listed_with_their_package_path_and_alt_text()
    {
        var path = _folder.File("pictures.docx");
        new DocxWriter().Styled("1", "主视觉").Picture("宝宝夜醒的主视觉").Body("见上图。").Save(path);

        var content = await Extract.FileAsync(path, "copy/pictures.docx", AssetKind.Copy, ContentFormat.Docx);

        var image = Assert.Single(content.Items);
        Assert.Equal("image:1", image.ItemId);
        Assert.Equal("embedded-image", image.ItemKind);
        Assert.Equal("宝宝夜醒的主视觉", image.Title);
        Assert.Matches("^/(word/)?media/[^/]+\\.png$", image.Fields["path"]);
        Assert.Equal("image/png", image.Fields["content_type"]);
        Assert.Equal(TestImages.Png.Length, image.Metrics["bytes"]);
    }

    [Fact]
    public async Task A_docx_that_is_not_a_zip_package_is_rejected_as_corrupt()
    {
        var path = _folder.Write("broken.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

        var e = await Extract.RejectionAsync(path, "copy/broken.docx", AssetKind.Copy, ContentFormat.Docx);

        Assert.Contains("DOCX", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_protected_office_file_is_rejected_as_such()
    {
        // Office saves password-protected documents as OLE compound files around the encrypted package.
        var path = _folder.Write("locked.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var e = await Extract.RejectionAsync(path, "copy/locked.docx", AssetKind.Copy, ContentFormat.Docx);

        Assert.Contains("password-protected", e.Problem, StringComparison.Ordinal);
    }
}
