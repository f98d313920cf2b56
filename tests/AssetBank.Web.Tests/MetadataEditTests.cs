using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Accounts;

namespace AssetBank.Web.Tests;

/// <summary>Producers correct the metadata of their own uploads; nobody else's (403), administrators any.</summary>
public sealed class MetadataEditTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task A_producer_edits_their_own_upload_and_search_the_asset_page_and_the_audit_trail_show_the_new_values()
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "producer-wang");
        var uploaded = await WebUploads.UploadAsync(producer, "夜醒文案.txt", null, Encoding.UTF8.GetBytes("新手爸爸半夜哄娃，宝宝夜醒哭闹。"), title: "初稿");
        Assert.Equal("Processed", uploaded[0].GetProperty("status").GetString());
        var id = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/夜醒文案.txt");
        Assert.Contains("data-testid=\"metadata-form\"", await producer.Client.GetStringAsync($"/assets/{id}"), StringComparison.Ordinal);

        var answer = await producer.Client.SendAsync(producer.Request(HttpMethod.Put, $"/api/assets/{id}/metadata", JsonContent.Create(new
        {
            title = "团圆饭特辑终稿",
            client = "安稚",
            project = "春节档",
            channel = "抖音",
            producer = "王制作",
            created = "2026-01-20",
            aiGenerated = true,
            licence = "客户所有",
            description = "除夕夜一家人团圆",
        })));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());

        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var found = await strategist.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("团圆饭特辑终稿"));
        var hit = Assert.Single(found.GetProperty("results").GetProperty("hits").EnumerateArray(), h => h.GetProperty("assetId").GetInt64() == id);
        Assert.Equal("团圆饭特辑终稿", hit.GetProperty("title").GetString());
        Assert.Equal("春节档", hit.GetProperty("project").GetString());

        var page = await strategist.Client.GetStringAsync($"/assets/{id}");
        Assert.Contains("团圆饭特辑终稿", page, StringComparison.Ordinal);
        Assert.Contains("除夕夜一家人团圆", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"metadata-form\"", page, StringComparison.Ordinal);

        using var admin = await SignedInClient.ForRoleAsync(_factory, UserRole.Admin);
        var audit = await admin.Client.GetFromJsonAsync<JsonElement>("/api/audit?limit=100");
        var entry = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "asset.metadata");
        Assert.Equal("producer-wang", entry.GetProperty("who").GetString());
        Assert.Equal("安稚/夜醒季/夜醒文案.txt", entry.GetProperty("target").GetString());
        var detail = entry.GetProperty("detail").GetString()!;
        Assert.Contains("初稿", detail, StringComparison.Ordinal);
        Assert.Contains("团圆饭特辑终稿", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_producer_and_a_strategist_are_refused_with_403_and_an_administrator_may_edit()
    {
        using var owner = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "producer-li");
        await WebUploads.UploadAsync(owner, "brief.txt", null, Encoding.UTF8.GetBytes("宝宝夜醒，新手爸爸很焦虑。"), title: "原标题");
        var id = await WebUploads.AssetIdAsync(owner, "安稚/夜醒季/brief.txt");
        object Body(string title) => new { title, client = "安稚", project = "夜醒季", aiGenerated = false };

        using var other = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "producer-zhao");
        var refused = await other.Client.SendAsync(other.Request(HttpMethod.Put, $"/api/assets/{id}/metadata", JsonContent.Create(Body("别人改的"))));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("producer-zhao", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"metadata-form\"", await other.Client.GetStringAsync($"/assets/{id}"), StringComparison.Ordinal);

        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var strategistAnswer = await strategist.Client.SendAsync(strategist.Request(HttpMethod.Put, $"/api/assets/{id}/metadata", JsonContent.Create(Body("策略改的"))));
        Assert.Equal(HttpStatusCode.Forbidden, strategistAnswer.StatusCode);

        // The page form refuses the same way.
        var pageToken = await PageTokenAsync(other, $"/assets/{id}");
        var pagePost = await other.Client.PostAsync($"/assets/{id}?handler=Metadata", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "页面上别人改的",
            ["__RequestVerificationToken"] = pageToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, pagePost.StatusCode);
        Assert.Contains("/denied", pagePost.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var unchanged = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/assets/{id}");
        Assert.Equal("原标题", unchanged.GetProperty("asset").GetProperty("metadata").GetProperty("title").GetString());

        using var admin = await SignedInClient.ForRoleAsync(_factory, UserRole.Admin);
        var byAdmin = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/assets/{id}/metadata", JsonContent.Create(Body("管理员修正"))));
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);

        // The uploader edits through the page form too.
        var ownerToken = await PageTokenAsync(owner, $"/assets/{id}");
        var saved = await owner.Client.PostAsync($"/assets/{id}?handler=Metadata", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "制作自己改回",
            ["Client"] = "安稚",
            ["__RequestVerificationToken"] = ownerToken,
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("已保存元数据", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/assets/{id}");
        Assert.Equal("制作自己改回", after.GetProperty("asset").GetProperty("metadata").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_metadata_edit_with_the_session_cookie_needs_the_pages_antiforgery_token()
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        await WebUploads.UploadAsync(producer, "a.txt", null, Encoding.UTF8.GetBytes("夜醒"));
        var id = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/a.txt");
        var answer = await producer.Client.SendAsync(producer.Request(HttpMethod.Put, $"/api/assets/{id}/metadata", JsonContent.Create(new { title = "x" }), withCsrf: false));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    internal static async Task<string> PageTokenAsync(SignedInClient client, string url)
    {
        var page = await client.Client.GetStringAsync(url);
        // Every page carries the session's request token in its csrf-token meta tag, whether or not it has a form.
        var match = System.Text.RegularExpressions.Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"");
        Assert.True(match.Success, $"{url} has no form token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
