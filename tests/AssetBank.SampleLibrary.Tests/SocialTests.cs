using System.Text;
using System.Text.Json;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class SocialTests(SampleLibraryFixture library)
{
    [Fact]
    public async Task Xiaohongshu_notes_parse_and_match_the_manifest_items()
    {
        var files = library.OfKind(SampleKind.Social).Where(e => e.Social!.Platform == "xiaohongshu").ToList();
        Assert.True(files.Count >= 2);
        foreach (var entry in files)
        {
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(library.PathOf(entry.Path)));
            var notes = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(entry.Social!.Items.Select(i => i.Id), notes.Select(n => n.GetProperty("id").GetString()));
            foreach (var note in notes)
            {
                Assert.False(string.IsNullOrWhiteSpace(note.GetProperty("title").GetString()));
                Assert.Contains("#", note.GetProperty("body").GetString(), StringComparison.Ordinal);
                Assert.True(note.GetProperty("likes").GetInt32() >= 0);
                Assert.True(note.GetProperty("collects").GetInt32() >= 0);
                Assert.True(note.GetProperty("comments").GetInt32() >= 0);
                Assert.False(string.IsNullOrWhiteSpace(note.GetProperty("author").GetString()));
                Assert.NotEmpty(note.GetProperty("images").EnumerateArray());
            }

            Assert.Contains(entry.Social.Items, i => i.ThemeId is not null);
        }

        Assert.Contains(files.SelectMany(f => f.Social!.Items), i => i.ThemeId is null);
    }

    [Fact]
    public async Task Douyin_comment_exports_agree_between_csv_and_json_and_with_the_manifest()
    {
        var files = library.OfKind(SampleKind.Social).Where(e => e.Social!.Platform == "douyin").ToList();
        var csv = files.First(f => f.Format == "csv");
        var json = files.First(f => f.Format == "json" && f.Path[..^4] == csv.Path[..^3]);

        var csvBytes = await File.ReadAllBytesAsync(library.PathOf(csv.Path));
        Assert.True(csvBytes is [0xEF, 0xBB, 0xBF, ..]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3));
        Assert.Equal(["评论ID", "评论内容", "点赞数", "评论时间", "视频ID", "用户昵称"], rows[0]);
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(library.PathOf(json.Path)));
        var comments = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(comments.Count, rows.Count - 1);
        Assert.Equal(csv.Social!.Items.Count, comments.Count);
        for (var i = 0; i < comments.Count; i++)
        {
            Assert.Equal(comments[i].GetProperty("id").GetString(), rows[i + 1][0]);
            Assert.Equal(comments[i].GetProperty("text").GetString(), rows[i + 1][1]);
            Assert.Equal(csv.Social.Items[i].Id, rows[i + 1][0]);
            Assert.Equal(csv.Social.SourceVideoId, rows[i + 1][4]);
            Assert.Equal(csv.Social.SourceVideoId, comments[i].GetProperty("videoId").GetString());
        }
    }

    [Fact]
    public async Task Meme_groups_hold_variations_of_their_meme_and_repeat_several_times()
    {
        foreach (var entry in library.OfKind(SampleKind.Social).Where(e => e.Social!.Platform == "douyin"))
        {
            var texts = await CommentTextsAsync(entry);
            Assert.NotEmpty(entry.Social!.MemeGroups);
            foreach (var group in entry.Social.MemeGroups)
            {
                Assert.True(group.CommentIds.Count >= 3, $"{entry.Path}: meme {group.Id} repeats only {group.CommentIds.Count} times");
                var meme = ThemeCatalog.All.SelectMany(t => t.Memes).Single(m => m.Id == group.Id);
                Assert.Equal(meme.Canonical, group.Canonical);
                foreach (var id in group.CommentIds)
                {
                    Assert.Contains(meme.Variants, v => texts[id].StartsWith(v, StringComparison.Ordinal));
                    Assert.Equal(group.Id, entry.Social.Items.Single(i => i.Id == id).MemeId);
                }

                // Repeated with variations, not copied verbatim every time.
                Assert.True(group.CommentIds.Select(id => texts[id]).Distinct().Count() > 1);
            }
        }
    }

    private async Task<Dictionary<string, string>> CommentTextsAsync(ManifestEntry entry)
    {
        var path = library.PathOf(entry.Path);
        if (entry.Format == "json")
        {
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
            return document.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString()!);
        }

        var rows = CsvReader.Parse((await File.ReadAllTextAsync(path)).TrimStart('\uFEFF'));
        return rows.Skip(1).ToDictionary(r => r[0], r => r[1]);
    }
}
