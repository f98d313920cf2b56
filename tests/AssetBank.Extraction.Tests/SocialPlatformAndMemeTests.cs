using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Social;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

/// <summary>Exports that do not name their platform, and the memes (热梗) of a comment thread.</summary>
public sealed class SocialPlatformAndMemeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new[] { "1249b2622e614bd807428086", "77c6437f3b21b971771c56db" }, "xiaohongshu")]
    [InlineData(new[] { "7377694651332290818", "7899647881829611082" }, "douyin")]
    [InlineData(new[] { "4987654321098765", "4987654321098766" }, "weibo")]
    [InlineData(new[] { "c1", "c2" }, null)]
    public void The_shape_of_the_ids_names_the_platform(string[] ids, string? expected) =>
        Assert.Equal(expected, PlatformGuess.FromIds(ids));

    [Theory]
    [InlineData("social/xhs_notes_muying.json", "xiaohongshu")]
    [InlineData("2024/抖音/评论导出.csv", "douyin")]
    [InlineData("exports/weibo-posts.json", "weibo")]
    [InlineData("social/notes.json", null)]
    [InlineData("social/redxhsbox.json", null)]
    public void A_folder_or_file_name_token_names_the_platform(string key, string? expected) =>
        Assert.Equal(expected, PlatformGuess.FromPath(key));

    [Fact]
    public async Task Notes_without_a_platform_column_get_the_platform_their_ids_show()
    {
        const string json = """
            [{"id": "1249b2622e614bd807428086", "title": "新手爸爸的第一个夜班", "body": "凌晨三点他醒了四次", "likes": 41149, "publishedAt": "2024-03-11 06:04"},
             {"id": "77c6437f3b21b971771c56db", "title": "宝宝夜醒频繁？", "body": "这5个方法亲测有用", "likes": "1.2w"}]
            """;
        var path = _folder.Write("notes.json", Encoding.UTF8.GetBytes(json));

        var content = await Extract.FileAsync(path, "social/notes.json", AssetKind.Social, ContentFormat.Json);

        Assert.All(content.Items, i => Assert.Equal("xiaohongshu", i.Fields["platform"]));
        Assert.All(content.Items, i => Assert.Equal("true", i.Fields["platform_guessed"]));
        Assert.Equal("2024-03-11 06:04", content.Items[0].Fields["published"]);
        Assert.Equal(12000, content.Items[1].Metrics["likes"]);
    }

    [Fact]
    public async Task Repeated_comments_become_memes_with_their_count_and_best_example()
    {
        var csv = new StringBuilder("评论ID,评论内容,点赞数,评论时间,视频ID\n");
        var rows = new[]
        {
            ("凌晨三点的奶爸，眼神里全是故事", 9654), ("凌晨三点的奶爸，眼神里全是故事 真的", 120), ("@老公 凌晨三点的奶爸，眼神里全是故事[捂脸]", 88),
            ("凌晨三点的奶爸，眼里全是故事", 40), ("哈哈哈哈哈哈", 146), ("哈哈哈", 3), ("求链接", 12), ("这个温奶器在哪买", 7),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            csv.Append($"74338697465100{i:D5},{rows[i].Item1},{rows[i].Item2},2024-03-19 20:0{i}:00,7433869746510039819\n");
        }

        var path = _folder.Write("comments.csv", new UTF8Encoding(true).GetBytes(csv.ToString()));

        var content = await Extract.FileAsync(path, "social/comments.csv", AssetKind.Social, ContentFormat.Csv);

        var memes = content.Items.Where(i => i.ItemKind == "meme").ToList();
        var meme = Assert.Single(memes);
        Assert.Equal("meme:7433869746510039819:1", meme.ItemId);
        Assert.Equal(4, meme.Metrics["repeats"]);
        Assert.Equal(9654 + 120 + 88 + 40, meme.Metrics["likes"]);
        Assert.StartsWith("热梗 ×4：凌晨三点的奶爸，眼神里全是故事", meme.Title, StringComparison.Ordinal);
        Assert.Equal("douyin", meme.Fields["platform"]);
        Assert.Single(content.Items, i => i.ItemKind == "comment-thread");
    }

    [Theory]
    [InlineData("@老公 凌晨三点的奶爸[捂脸]😂！！", "凌晨三点的奶爸")]
    [InlineData("哈哈哈哈哈哈 笑死", "哈笑死")]
    public void Normalised_comment_text_keeps_only_the_words(string text, string expected) =>
        Assert.Equal(expected, MemeFinder.Normalise(text));

    [Fact]
    public async Task Malformed_counts_and_dates_keep_the_note_and_name_the_field()
    {
        const string csv = """
            笔记ID,标题,正文,点赞数,发布时间
            n1,周末露营,带娃去湖边搭帐篷,10万+,2024-05-01 10:00
            n2,通勤好物,地铁上戴降噪耳机,很多,上周五
            n3,加班续命,一杯冷萃,,
            """;
        var path = _folder.Write("notes.csv", new UTF8Encoding(true).GetBytes(csv));

        var content = await Extract.FileAsync(path, "social/notes.csv", AssetKind.Social, ContentFormat.Csv);

        Assert.Equal(3, content.Items.Count);
        Assert.Equal(100_000, content.Items[0].Metrics["likes"]);
        Assert.False(content.Items[1].Metrics.ContainsKey("likes"));
        Assert.Contains(content.Warnings, w => w.Contains("点赞数", StringComparison.Ordinal) && w.Contains("很多", StringComparison.Ordinal));
        Assert.Contains(content.Warnings, w => w.Contains("发布时间", StringComparison.Ordinal) && w.Contains("上周五", StringComparison.Ordinal));
        Assert.DoesNotContain(content.Warnings, w => w.Contains("n3", StringComparison.Ordinal));
    }
}
