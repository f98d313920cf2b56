using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class PptxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_slide_and_its_speaker_notes_become_located_sections()
    {
        var path = _folder.File("deck.pptx");
        new PptxWriter()
            .Slide("母婴品牌年度提案", ["2024 年度传播策略", "比稿版"], notes: "开场先讲数据，再讲洞察。")
            .Slide("洞察：夜醒焦虑", ["73% 的新手父母经历过夜醒焦虑"], table: [["人群", "痛点"], ["新手爸爸", "不会哄睡"]])
            .Slide(null, ["谢谢"])
            .Save(path);

        var content = await Extract.FileAsync(path, "decks/proposal.pptx", AssetKind.Copy, ContentFormat.Pptx);

        Assert.Equal("母婴品牌年度提案", content.Title);
        Assert.Equal(["slide 1", "notes of slide 1", "slide 2", "slide 3"], content.Sections.Select(s => s.Location));
        Assert.Equal("2024 年度传播策略\n比稿版", content.Sections[0].Text);
        Assert.Equal("母婴品牌年度提案", content.Sections[0].Heading);
        Assert.Equal("开场先讲数据，再讲洞察。", content.Sections[1].Text);
        Assert.Equal("洞察：夜醒焦虑", content.Sections[2].Heading);
        Assert.Equal("73% 的新手父母经历过夜醒焦虑\n人群 | 痛点\n新手爸爸 | 不会哄睡", content.Sections[2].Text);
        Assert.Null(content.Sections[3].Heading);
    }

    [Fact]
    public async Task Slide_pictures_are_listed_with_their_slide_and_alt_text()
    {
        var path = _folder.File("pictures.pptx");
        new PptxWriter { CoreTitle = "汽车上市提案" }
            .Slide("主视觉", [], pictureAlt: "夜路车灯")
            .Slide("备选", ["两版对比"], pictureAlt: "城市天际线")
            .Save(path);

        var content = await Extract.FileAsync(path, "decks/pictures.pptx", AssetKind.Copy, ContentFormat.Pptx);

        Assert.Equal("汽车上市提案", content.Title);
        Assert.Equal(["夜路车灯", "城市天际线"], content.Items.Select(i => i.Title));
        Assert.Equal(["slide 1", "slide 2"], content.Items.Select(i => i.Fields["location"]));
        Assert.All(content.Items, i => Assert.StartsWith("/ppt/media/", i.Fields["path"], StringComparison.Ordinal));
        // A slide with only a title keeps the title as its text.
        Assert.Equal("主视觉", content.Sections[0].Text);
    }

    [Fact]
    public async Task Slides_past_the_page_limit_are_left_out_with_a_warning()
    {
        var path = _folder.File("long.pptx");
        var writer = new PptxWriter();
        for (var i = 1; i <= 5; i++)
        {
            writer.Slide($"第{i}页", ["内容"]);
        }

        writer.Save(path);

        var content = await Extract.FileAsync(path, "decks/long.pptx", AssetKind.Copy, ContentFormat.Pptx, new ExtractionOptions { MaxPages = 3 });

        Assert.Equal(3, content.Sections.Count);
        Assert.Contains(content.Warnings, w => w.Contains("MaxPages", StringComparison.Ordinal));
    }
}
