using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Accounts;

namespace AssetBank.Web.Tests;

/// <summary>Uploads through the web (good and hostile files), escaped rendering, and media delivery with ranges.</summary>
public sealed class UploadAndPagesTests : IDisposable
{
    private readonly ApiFactory _factory = new(new Dictionary<string, string?> { ["Ingestion:MaxObjectBytes"] = "2000000" });

    [Fact]
    public async Task Hostile_files_are_refused_each_with_its_reason_and_leave_nothing_in_the_store_while_good_ones_are_ingested()
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        var cases = new (string Name, string? Path, byte[] Bytes, string Expect)[]
        {
            ("campaign.mp4", null, [.. "MZ"u8, .. new byte[200]], "可执行"),
            ("empty.txt", null, [], "空文件"),
            ("escape.txt", "../../etc/escape.txt", "hello"u8.ToArray(), "'..'"),
            ("bell\u0007.txt", null, "hello"u8.ToArray(), "控制字符"),
            ("huge.txt", null, Encoding.UTF8.GetBytes(new string('字', 700_000)), "上传上限"),
        };
        foreach (var (name, path, bytes, expect) in cases)
        {
            var results = await WebUploads.UploadAsync(producer, name, path, bytes);
            var problem = results[0].GetProperty("problem").GetString();
            Assert.True(problem is not null && problem.Contains(expect, StringComparison.Ordinal), $"{name}: {problem}");
        }

        Assert.False(Directory.Exists(_factory.StoreRoot) && Directory.EnumerateFiles(_factory.StoreRoot, "*", SearchOption.AllDirectories)
            .Any(f => !f.Contains("_derived", StringComparison.Ordinal) && !f.Contains(".assetbank", StringComparison.Ordinal)), "a refused file reached the store");
        Assert.False(File.Exists(Path.Combine(_factory.Folder, "..", "etc", "escape.txt")));

        var good = await WebUploads.UploadAsync(producer, "夜醒文案.txt", "交付/文案/夜醒文案.txt", Encoding.UTF8.GetBytes("新手爸爸半夜哄娃，宝宝夜醒哭闹，焦虑的三点钟。"));
        Assert.Null(good[0].GetProperty("problem").GetString());
        Assert.Equal("Processed", good[0].GetProperty("status").GetString());
        Assert.Equal("安稚/夜醒季/交付/文案/夜醒文案.txt", good[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Titles_and_text_with_markup_are_shown_escaped_on_every_page_that_shows_them()
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var results = await WebUploads.UploadAsync(producer, "xss.txt", null, Encoding.UTF8.GetBytes($"夜醒 焦虑 {payload} 新手爸爸"), title: "夜醒" + payload);
        Assert.Equal("Processed", results[0].GetProperty("status").GetString());

        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var search = await strategist.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("夜醒"));
        var detail = await strategist.Client.GetStringAsync($"/assets/{await WebUploads.AssetIdAsync(strategist, "安稚/夜醒季/xss.txt")}");
        foreach (var page in new[] { search, detail })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_video_is_delivered_with_range_requests_and_its_shot_keyframes_by_asset_id_only()
    {
        var video = Path.Combine(_factory.Folder, "clip.mp4");
        await WebUploads.MakeVideoAsync(video);
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        var results = await WebUploads.UploadAsync(producer, "clip.mp4", null, await File.ReadAllBytesAsync(video));
        Assert.Equal("Processed", results[0].GetProperty("status").GetString());

        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var id = await WebUploads.AssetIdAsync(strategist, "安稚/夜醒季/clip.mp4");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{id}/content");
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var partial = await strategist.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal("video/mp4", partial.Content.Headers.ContentType!.MediaType);

        var keyframe = await strategist.Client.GetAsync($"/api/assets/{id}/shots/0/keyframe");
        Assert.Equal(HttpStatusCode.OK, keyframe.StatusCode);
        Assert.Equal("image/jpeg", keyframe.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await strategist.Client.GetAsync($"/api/assets/{id}/shots/999/keyframe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strategist.Client.GetAsync("/api/assets/987654/content")).StatusCode);

        var page = await strategist.Client.GetStringAsync($"/assets/{id}?shot=0");
        Assert.Contains($"/api/assets/{id}/content#t=0,", page, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
