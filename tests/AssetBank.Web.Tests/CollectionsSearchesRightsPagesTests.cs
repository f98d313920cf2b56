using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssetBank.Application.Collections;
using AssetBank.Core.Accounts;
using AssetBank.Core.Collections;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>The 素材篮, 已存搜索 and 授权 pages and their API, on the same use cases as the CLI.</summary>
public sealed class CollectionsSearchesRightsPagesTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task A_strategist_creates_a_collection_adds_a_hit_from_the_search_page_opens_it_removes_it_and_exports_csv()
    {
        var id = await UploadAsync("夜醒文案.txt", "新手爸爸半夜哄娃，宝宝夜醒哭闹，焦虑的三点钟。");
        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist, "li-strategy");

        var created = await PostFormAsync(strategist, "/collections", "/collections?handler=Create", new() { ["name"] = "夜醒候选" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/collections/" + Uri.EscapeDataString("夜醒候选"), created.Headers.Location!.OriginalString);

        var search = await strategist.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("夜醒"));
        Assert.Contains("data-testid=\"collect\"", search, StringComparison.Ordinal);
        var added = await PostFormAsync(strategist, "/?q=" + Uri.EscapeDataString("夜醒"), "/?handler=Collect", new()
        {
            ["collection"] = "夜醒候选",
            ["key"] = "安稚/夜醒季/夜醒文案.txt",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await strategist.Client.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("安稚/夜醒季/夜醒文案.txt", page, StringComparison.Ordinal);
        Assert.Contains($"/assets/{id}", page, StringComparison.Ordinal);

        // A text asset has no picture: no thumbnail request that could only answer 404.
        Assert.DoesNotContain($"/api/assets/{id}/thumbnail", page, StringComparison.Ordinal);
        Assert.Contains("文档", page, StringComparison.Ordinal);
        Assert.Contains("夜醒候选", await strategist.Client.GetStringAsync("/collections"), StringComparison.Ordinal);

        var csv = await strategist.Client.GetStringAsync("/api/collections/" + Uri.EscapeDataString("夜醒候选") + "/export.csv");
        Assert.Contains("安稚/夜醒季/夜醒文案.txt", csv, StringComparison.Ordinal);
        using (var zipAnswer = await strategist.Client.GetAsync("/api/collections/" + Uri.EscapeDataString("夜醒候选") + "/export.zip"))
        {
            Assert.Equal("application/zip", zipAnswer.Content.Headers.ContentType!.MediaType);
            using var zip = new System.IO.Compression.ZipArchive(await zipAnswer.Content.ReadAsStreamAsync());
            Assert.Contains(zip.Entries, e => e.FullName == "items.csv");
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("夜醒文案.txt", StringComparison.Ordinal));
        }


        var shown = await strategist.Client.GetFromJsonAsync<JsonElement>("/api/collections/" + Uri.EscapeDataString("夜醒候选"));
        var item = shown.GetProperty("items")[0].GetProperty("id").GetInt64();
        var removed = await PostFormAsync(strategist, added.Headers.Location!.OriginalString, $"/collections/{Uri.EscapeDataString("夜醒候选")}?handler=Remove", new() { ["item"] = item.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("素材篮是空的", await strategist.Client.GetStringAsync(removed.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_collections_page_lists_those_shared_with_me_and_refuses_one_that_is_not()
    {
        await UploadAsync("b.txt", "宝宝夜醒");
        using var owner = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist, "owner-a");
        using var colleague = await SignedInClient.ForRoleAsync(_factory, UserRole.Leadership, "colleague-b");
        var create = await owner.Client.SendAsync(owner.Request(HttpMethod.Post, "/api/collections", JsonContent.Create(new { name = "共享篮" })));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var add = await owner.Client.SendAsync(owner.Request(HttpMethod.Post, "/api/collections/" + Uri.EscapeDataString("共享篮") + "/items", JsonContent.Create(new { key = "安稚/夜醒季/b.txt", note = "开场" })));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        await owner.Client.SendAsync(owner.Request(HttpMethod.Post, "/api/collections", JsonContent.Create(new { name = "私人篮" })));

        Assert.DoesNotContain("共享篮", await colleague.Client.GetStringAsync("/collections"), StringComparison.Ordinal);
        await _factory.Services.GetRequiredService<EditCollections>().ShareAsync("共享篮", "owner-a", "colleague-b", CollectionAccess.Read, null, CancellationToken.None);

        var list = await colleague.Client.GetStringAsync("/collections");
        Assert.Contains("共享篮", list, StringComparison.Ordinal);
        Assert.Contains("共享给我", list, StringComparison.Ordinal);
        Assert.DoesNotContain("私人篮", list, StringComparison.Ordinal);
        var shared = await colleague.Client.GetStringAsync("/collections/" + Uri.EscapeDataString("共享篮"));
        Assert.Contains("开场", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Remove", shared, StringComparison.Ordinal);
        Assert.Contains("无权查看", await colleague.Client.GetStringAsync("/collections/" + Uri.EscapeDataString("私人篮")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_saved_from_the_search_page_is_listed_runs_and_only_its_owner_deletes_it()
    {
        var id = await UploadAsync("c.txt", "新手爸爸夜醒焦虑");
        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist, "saver");
        var saved = await PostFormAsync(strategist, "/?q=" + Uri.EscapeDataString("夜醒"), "/?handler=Save", new() { ["name"] = "夜醒爸爸", ["q"] = "夜醒" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/searches", saved.Headers.Location!.OriginalString);

        var list = await strategist.Client.GetStringAsync("/searches");
        Assert.Contains("夜醒爸爸", list, StringComparison.Ordinal);
        var run = await strategist.Client.GetStringAsync("/searches?run=" + Uri.EscapeDataString("夜醒爸爸"));
        Assert.Contains("data-testid=\"hit\"", run, StringComparison.Ordinal);
        Assert.Contains($"/assets/{id}", run, StringComparison.Ordinal);

        using var other = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "someone-else");
        var refused = await other.Client.SendAsync(other.Request(HttpMethod.Delete, "/api/saved-searches/" + Uri.EscapeDataString("夜醒爸爸")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var deleted = await PostFormAsync(strategist, "/searches", "/searches?handler=Delete", new() { ["name"] = "夜醒爸爸" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("夜醒爸爸", await strategist.Client.GetStringAsync("/searches"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leadership_sets_terms_on_the_asset_page_sees_them_with_history_and_bad_fields_are_named_in_chinese()
    {
        var id = await UploadAsync("d.txt", "新手爸爸夜醒");
        using var leadership = await SignedInClient.ForRoleAsync(_factory, UserRole.Leadership, "zhang-boss");
        var page = await leadership.Client.GetStringAsync($"/assets/{id}");
        Assert.Contains("data-testid=\"rights-form\"", page, StringComparison.Ordinal);
        Assert.Contains("授权未登记", page, StringComparison.Ordinal);

        var bad = await PostFormAsync(leadership, $"/assets/{id}", $"/assets/{id}?handler=Rights", new()
        {
            ["Holder"] = "安稚",
            ["LicenceType"] = "没有这种",
            ["Media"] = "抖音",
            ["Territory"] = "中国大陆",
            ["Start"] = "2026-05-01",
            ["End"] = "2026-01-01",
        });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("授权类型", badPage, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", badPage, StringComparison.Ordinal);

        var good = await PostFormAsync(leadership, $"/assets/{id}", $"/assets/{id}?handler=Rights", new()
        {
            ["Holder"] = "安稚品牌部",
            ["LicenceType"] = "client-owned",
            ["Media"] = "抖音、小红书",
            ["Territory"] = "中国大陆",
            ["Start"] = "2026-01-01",
            ["End"] = "2027-06-30",
            ["Restrictions"] = "不得用于竞品",
        });
        var goodPage = await good.Content.ReadAsStringAsync();
        Assert.Contains("已保存授权条款", goodPage, StringComparison.Ordinal);
        Assert.Contains("安稚品牌部", goodPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rights-history\"", goodPage, StringComparison.Ordinal);

        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var seen = await strategist.Client.GetStringAsync($"/assets/{id}");
        Assert.Contains("不得用于竞品", seen, StringComparison.Ordinal);
        Assert.Contains("抖音、小红书 · 中国大陆", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"rights-form\"", seen, StringComparison.Ordinal);
        var rights = await strategist.Client.GetFromJsonAsync<JsonElement>($"/api/rights/{id}");
        Assert.Equal("zhang-boss", rights.GetProperty("history")[0].GetProperty("who").GetString());
        var refused = await strategist.Client.SendAsync(strategist.Request(HttpMethod.Put, $"/api/rights/{id}", JsonContent.Create(new { holder = "x", media = "抖音" })));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var byApi = await leadership.Client.SendAsync(leadership.Request(HttpMethod.Put, $"/api/rights/{id}", JsonContent.Create(new { holder = "安稚", media = "抖音", end = "明年" })));
        Assert.Equal(HttpStatusCode.BadRequest, byApi.StatusCode);
        Assert.Contains("结束日期", (await byApi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<long> UploadAsync(string name, string text)
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        var results = await WebUploads.UploadAsync(producer, name, null, Encoding.UTF8.GetBytes(text));
        Assert.Equal("Processed", results[0].GetProperty("status").GetString());
        return await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/" + name);
    }

    /// <summary>Posts a page form as the browser does: with the token the page carries.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(SignedInClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await MetadataEditTests.PageTokenAsync(client, pageUrl);
        return await client.Client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }
}
