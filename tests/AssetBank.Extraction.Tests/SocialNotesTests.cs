using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class SocialNotesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_xiaohongshu_note_in_an_array_becomes_a_note_item()
    {
        const string json = """
            [
              {"id": "65a1f0c2000000001f03b7a1", "title": "新手爸爸的第一个夜班", "body": "凌晨三点宝宝又醒了，手忙脚乱冲奶。\n#母婴 #夜醒 #新手爸爸",
               "likes": "1.2万", "collects": 3456, "comments": "892", "author": "阿豪不熬夜",
               "images": ["https://sns-img.example.com/a/1.jpg", "https://sns-img.example.com/a/2.jpg"], "publishedAt": "2024-03-12 21:05"},
              {"id": "65a1f0c2000000001f03b7a2", "title": "", "body": "今天的晚霞好好看#日落[话题]# #city walk"}
            ]
            """;
        var path = _folder.Write("notes.json", Encoding.UTF8.GetBytes(json));

        var content = await Extract.FileAsync(path, "social/xhs_notes.json", AssetKind.Social, ContentFormat.Json);

        Assert.Equal(["note:65a1f0c2000000001f03b7a1", "note:65a1f0c2000000001f03b7a2"], content.Items.Select(i => i.ItemId));
        var note = content.Items[0];
        Assert.Equal("note", note.ItemKind);
        Assert.Equal("新手爸爸的第一个夜班", note.Title);
        Assert.StartsWith("凌晨三点宝宝又醒了", note.Text, StringComparison.Ordinal);
        Assert.Equal("母婴、夜醒、新手爸爸", note.Fields["hashtags"]);
        Assert.Equal("阿豪不熬夜", note.Fields["author"]);
        Assert.Equal("2024-03-12 21:05", note.Fields["published"]);
        Assert.Equal("https://sns-img.example.com/a/1.jpg\nhttps://sns-img.example.com/a/2.jpg", note.Fields["images"]);
        Assert.Equal(12000, note.Metrics["likes"]);
        Assert.Equal(3456, note.Metrics["collects"]);
        Assert.Equal(892, note.Metrics["comments"]);
        Assert.Equal(12000 + 3456 + 892, note.Metrics["interactions"]);
        Assert.Equal(2, note.Metrics["image_count"]);

        var untitled = content.Items[1];
        Assert.Equal("今天的晚霞好好看#日落[话题]# #city walk", untitled.Title);
        Assert.Equal("日落、city", untitled.Fields["hashtags"]);
    }

    [Fact]
    public async Task Notes_nested_in_an_api_shaped_object_are_found_and_flattened()
    {
        const string json = """
            {"code": 0, "data": {"cursor": "x", "notes": [
              {"note_id": "n1", "display_title": "冬日穿搭", "desc": "一件大衣走天下 #穿搭#",
               "interact_info": {"liked_count": "10w+", "collected_count": "2.3w", "comment_count": "1千"},
               "user": {"nickname": "Lily在上海"}, "image_list": [{"url_default": "https://img/1.jpg"}],
               "tag_list": [{"name": "冬季穿搭"}]}
            ]}}
            """;
        var path = _folder.Write("api.json", Encoding.UTF8.GetBytes(json));

        var content = await Extract.FileAsync(path, "social/api.json", AssetKind.Social, ContentFormat.Json);

        var note = Assert.Single(content.Items);
        Assert.Equal("note:n1", note.ItemId);
        Assert.Equal("冬日穿搭", note.Title);
        Assert.Equal("Lily在上海", note.Fields["author"]);
        Assert.Equal("冬季穿搭、穿搭", note.Fields["hashtags"]);
        Assert.Equal("https://img/1.jpg", note.Fields["images"]);
        Assert.Equal(100000, note.Metrics["likes"]);
        Assert.Equal(23000, note.Metrics["collects"]);
        Assert.Equal(1000, note.Metrics["comments"]);
    }

    [Fact]
    public async Task A_notes_csv_with_chinese_headers_is_read()
    {
        var csv = "笔记ID,标题,正文,点赞数,收藏数,评论数,作者,笔记链接\nabc,夜醒神器,亲测有效 #母婴,3.4万,1.1w,-,星妈日记,https://www.xiaohongshu.com/explore/abc\n";
        var path = _folder.Write("notes.csv", Encoding.UTF8.GetBytes(csv));

        var content = await Extract.FileAsync(path, "social/notes.csv", AssetKind.Social, ContentFormat.Csv);

        var note = Assert.Single(content.Items);
        Assert.Equal("note:abc", note.ItemId);
        Assert.Equal("xiaohongshu", note.Fields["platform"]);
        Assert.Equal(34000, note.Metrics["likes"]);
        Assert.Equal(11000, note.Metrics["collects"]);
        Assert.False(note.Metrics.ContainsKey("comments"));
    }

    [Theory]
    [InlineData("[1, 2, 3]", "an array without objects")]
    [InlineData("{\"version\": 2, \"meta\": {\"source\": \"tool\"}}", "an object with no list of records (keys: version, meta)")]
    [InlineData("\"just a string\"", "a single string value")]
    [InlineData("[{\"foo\": 1, \"bar\": \"x\"}]", "unknown social export shape")]
    public async Task Unknown_json_shapes_are_rejected_clearly(string json, string expected)
    {
        var path = _folder.Write("odd.json", Encoding.UTF8.GetBytes(json));

        var e = await Extract.RejectionAsync(path, "social/odd.json", AssetKind.Social, ContentFormat.Json);

        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_is_rejected_with_the_parser_position()
    {
        var path = _folder.Write("cut.json", Encoding.UTF8.GetBytes("[{\"title\": \"被截断的"));

        var e = await Extract.RejectionAsync(path, "social/cut.json", AssetKind.Social, ContentFormat.Json);

        Assert.StartsWith("the file is not valid JSON", e.Problem, StringComparison.Ordinal);
    }
}
