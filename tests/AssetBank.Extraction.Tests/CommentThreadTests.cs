using System.Text;
using System.Text.Json;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class CommentThreadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Douyin_comments_in_csv_become_one_thread_per_video_ranked_by_likes()
    {
        var csv = """
            评论ID,评论内容,点赞数,评论时间,视频ID,用户昵称
            c1,来了来了,12,2024-03-12 20:01:00,7301,momo
            c2,爸爸带娃就是这样哈哈哈,1.2万,2024-03-12 20:03:00,7301,栗子
            c3,凌晨三点的我,860,2024-03-12 20:02:00,7301,山川
            c4,另一个视频的评论,5,2024-03-13 09:00:00,7302,大鹏
            """;
        var path = _folder.Write("douyin.csv", new UTF8Encoding(true).GetBytes(csv));

        var content = await Extract.FileAsync(path, "social/douyin_comments.csv", AssetKind.Social, ContentFormat.Csv);

        Assert.Equal(["thread:7301", "thread:7302"], content.Items.Select(i => i.ItemId));
        var thread = content.Items[0];
        Assert.Equal("comment-thread", thread.ItemKind);
        Assert.Equal("爸爸带娃就是这样哈哈哈\n凌晨三点的我\n来了来了", thread.Text);
        Assert.Equal(3, thread.Metrics["comment_count"]);
        Assert.Equal(12000 + 860 + 12, thread.Metrics["total_likes"]);
        Assert.Equal(12000, thread.Metrics["top_likes"]);
        Assert.Equal("7301", thread.Fields["video_id"]);
        Assert.Equal("爸爸带娃就是这样哈哈哈", thread.Fields["top_comment"]);
        Assert.Equal("2024-03-12 20:01:00", thread.Fields["first_time"]);
        Assert.Equal("2024-03-12 20:03:00", thread.Fields["last_time"]);

        using var comments = JsonDocument.Parse(thread.Fields["comments"]);
        var first = comments.RootElement[0];
        Assert.Equal("c2", first.GetProperty("id").GetString());
        Assert.Equal(12000, first.GetProperty("likes").GetInt64());
        Assert.Equal("栗子", first.GetProperty("author").GetString());
        Assert.Equal(3, comments.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Comment_json_with_video_links_groups_by_the_id_in_the_link()
    {
        const string json = """
            {"comments": [
              {"text": "笑死，这不就是我", "digg_count": 300, "create_time": "2024-05-01 10:00", "reply_comment_total": 4, "aweme_url": "https://www.douyin.com/video/7312345678901234567"},
              {"text": "同款老公", "digg_count": "1.1w", "create_time": "2024-05-01 10:05", "reply_comment_total": 12, "aweme_url": "https://www.douyin.com/video/7312345678901234567?previous_page=app"}
            ]}
            """;
        var path = _folder.Write("comments.json", Encoding.UTF8.GetBytes(json));

        var content = await Extract.FileAsync(path, "social/comments.json", AssetKind.Social, ContentFormat.Json);

        var thread = Assert.Single(content.Items);
        Assert.Equal("thread:7312345678901234567", thread.ItemId);
        Assert.Equal("douyin", thread.Fields["platform"]);
        Assert.Equal("https://www.douyin.com/video/7312345678901234567", thread.Fields["source_url"]);
        Assert.Equal("同款老公\n笑死，这不就是我", thread.Text);
        Assert.Equal(16, thread.Metrics["reply_count"]);
        Assert.Equal(11300, thread.Metrics["total_likes"]);
    }

    [Fact]
    public async Task Comments_without_a_source_video_are_grouped_under_unknown_with_a_warning()
    {
        var csv = "内容,点赞,时间\n哈哈哈哈,5,2024-01-01\n有点东西,9,2024-01-02\n,3,2024-01-03\n";
        var path = _folder.Write("weibo.csv", Encoding.UTF8.GetBytes(csv));

        var content = await Extract.FileAsync(path, "social/weibo.csv", AssetKind.Social, ContentFormat.Csv);

        var thread = Assert.Single(content.Items);
        Assert.Equal("thread:unknown", thread.ItemId);
        Assert.Equal("有点东西\n哈哈哈哈", thread.Text);
        Assert.Contains("2 comments name no source video; grouped under thread:unknown", content.Warnings);
        Assert.Contains("row 4: comment has no text; skipped", content.Warnings);
    }

    [Fact]
    public async Task Only_the_most_liked_comments_are_kept_as_text_past_the_thread_limit()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"评论{i},{i},v1"));
        var path = _folder.Write("many.csv", Encoding.UTF8.GetBytes($"评论内容,点赞数,视频ID\n{rows}\n"));

        var content = await Extract.FileAsync(path, "social/many.csv", AssetKind.Social, ContentFormat.Csv, new ExtractionOptions { MaxCommentsPerThread = 3 });

        var thread = Assert.Single(content.Items);
        Assert.Equal("评论10\n评论9\n评论8", thread.Text);
        Assert.Equal(10, thread.Metrics["comment_count"]);
        Assert.Equal(55, thread.Metrics["total_likes"]);
        Assert.Contains(content.Warnings, w => w.Contains("MaxCommentsPerThread", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_comment_export_detected_as_a_kol_list_is_read_as_comments()
    {
        // Detection sees 昵称 in 用户昵称 and calls the file a KOL list; its columns say otherwise.
        var csv = "评论ID,评论内容,点赞数,评论时间,视频ID,用户昵称\nc1,哈哈哈,3,2024-03-12 20:01:00,7301,momo\n";
        var path = _folder.Write("douyin.csv", Encoding.UTF8.GetBytes(csv));

        var content = await Extract.FileAsync(path, "social/douyin.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Equal("thread:7301", Assert.Single(content.Items).ItemId);
        Assert.Contains(content.Warnings, w => w.StartsWith("detected as a KOL list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_weibo_comment_export_in_xlsx_reads_date_cells_as_text()
    {
        var time = new DateTime(2024, 3, 12, 20, 1, 0, DateTimeKind.Unspecified).ToOADate();
        var path = _folder.File("weibo.xlsx");
        new XlsxWriter()
            .Sheet("评论", [
                ["评论内容", "点赞数", "发布时间", "源微博链接"],
                ["转发这条锦鲤", XlsxCell.Num(1200, 3), XlsxCell.Num(time, 22), "https://weibo.com/1234567890/NrX8aBcDe"],
            ])
            .Save(path);

        var content = await Extract.FileAsync(path, "social/weibo.xlsx", AssetKind.Social, ContentFormat.Xlsx);

        var thread = Assert.Single(content.Items);
        // weibo.com/{user}/{post}: the post is the thread.
        Assert.Equal("thread:NrX8aBcDe", thread.ItemId);
        Assert.Equal("weibo", thread.Fields["platform"]);
        Assert.Equal("2024-03-12 20:01:00", thread.Fields["first_time"]);
        Assert.Equal(1200, thread.Metrics["total_likes"]);
    }
}
