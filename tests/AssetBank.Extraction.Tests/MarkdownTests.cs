using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class MarkdownTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Headings_become_sections_and_the_first_level_one_heading_is_the_title()
    {
        const string markdown = """
            # 新品种草：夜间修护精华

            熬夜党的**救星**来了，[点击查看](https://example.com/x)成分表。

            ## 卖点

            - **修护屏障**
            - 淡化细纹

            ## 口号

            > 夜里修护，白天发光

            ```
            # not a heading inside code
            ```
            """;
        var path = _folder.Write("seeding.md", Encoding.UTF8.GetBytes(markdown));

        var content = await Extract.FileAsync(path, "copy/meizhuang.md", AssetKind.Copy, ContentFormat.Markdown);

        Assert.Equal("新品种草：夜间修护精华", content.Title);
        Assert.Equal("utf-8", content.Encoding);
        var intro = Assert.Single(content.Sections, s => s.Heading == "新品种草：夜间修护精华");
        Assert.Equal("熬夜党的救星来了，点击查看成分表。", intro.Text);
        Assert.Equal("line 3", intro.Location);
        Assert.Equal("修护屏障\n淡化细纹", Assert.Single(content.Sections, s => s.Heading == "卖点").Text);
        // The fenced line stays text under 口号 instead of starting a section of its own.
        Assert.Equal("夜里修护，白天发光\n# not a heading inside code", Assert.Single(content.Sections, s => s.Heading == "口号").Text);
        Assert.DoesNotContain(content.Sections, s => s.Heading == "not a heading inside code");
    }

    [Fact]
    public async Task Setext_headings_front_matter_titles_and_images_are_kept()
    {
        const string markdown = """
            ---
            title: 汽车品牌故事
            author: 文案组
            ---
            第一章
            ======

            一路向前。

            ![主视觉：夜路上的车灯](images/kv.jpg)
            """;
        var path = _folder.Write("story.md", Encoding.UTF8.GetBytes(markdown));

        var content = await Extract.FileAsync(path, "copy/qiche.md", AssetKind.Copy, ContentFormat.Markdown);

        Assert.Equal("汽车品牌故事", content.Title);
        Assert.Contains(content.Sections, s => s.Heading == "第一章" && s.Text.StartsWith("一路向前。", StringComparison.Ordinal));
        var image = Assert.Single(content.Items);
        Assert.Equal("embedded-image", image.ItemKind);
        Assert.Equal("images/kv.jpg", image.Fields["path"]);
        Assert.Equal("主视觉：夜路上的车灯", image.Title);
    }

    [Fact]
    public async Task A_heading_with_nothing_under_it_keeps_its_words()
    {
        var path = _folder.Write("bare.md", Encoding.UTF8.GetBytes("# 标题\n\n## 空的小节\n\n## 有内容\n\n正文\n"));

        var content = await Extract.FileAsync(path, "copy/bare.md", AssetKind.Copy, ContentFormat.Markdown);

        Assert.Contains(content.Sections, s => s.Heading == "空的小节" && s.Text == "空的小节");
        Assert.DoesNotContain(content.Sections, s => s.Text == "标题");
    }
}
