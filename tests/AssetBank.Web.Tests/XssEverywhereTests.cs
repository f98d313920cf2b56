using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssetBank.Application.Accounts;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Similarity;
using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Core.Media;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>
/// Markup put into every field a page shows — through real ingestion where the field only comes from ingestion — is
/// rendered escaped on every page that shows it: no <c>&lt;script</c> or attribute break of the payload reaches the HTML.
/// </summary>
public sealed class XssEverywhereTests : IDisposable
{
    private const string Password = "correct-horse-battery";

    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task Every_field_carrying_markup_is_shown_escaped_on_every_page_that_shows_it()
    {
        var services = _factory.Services;
        await services.GetRequiredService<ManageUsers>().AddAsync(new NewUser("xss-producer", UserRole.Producer, Payload("user"), Password), "test", CancellationToken.None);
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "xss-producer");
        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist, "xss-strategist");
        using var leadership = await SignedInClient.ForRoleAsync(_factory, UserRole.Leadership, "xss-lead");
        using var admin = await SignedInClient.ForRoleAsync(_factory, UserRole.Admin, "xss-admin");

        // A licensed library holding the picture the producer then uploads: ingestion raises a copyright alarm.
        var references = Path.Combine(_factory.Folder, "references");
        Directory.CreateDirectory(references);
        await WebUploads.MakePictureAsync(Path.Combine(references, "ref.png"));
        await services.GetRequiredService<ImportReferences>().ImportAsync(references, "图库" + Payload("library"), Payload("licence"), refresh: false, null, null, CancellationToken.None);

        // Title, body and a social comment export, all through the upload and ingestion.
        Assert.Equal("Processed", (await WebUploads.UploadAsync(producer, "copy.txt", null, Encoding.UTF8.GetBytes($"新手爸爸夜醒焦虑。zebrabody {Payload("body")} 宝宝哭闹。"), title: "zebratitle " + Payload("title")))[0].GetProperty("status").GetString());
        var comment = ("zebracomment " + Payload("comment")).Replace("\"", "\"\"", StringComparison.Ordinal);
        var csv = $"用户昵称,评论内容,点赞数,时间,视频ID\n小王,\"{comment}\",1200,2026-01-01,v1\n小李,新手爸爸太难了,88,2026-01-02,v1\n";
        Assert.Equal("Processed", (await WebUploads.UploadAsync(producer, "comments.csv", null, Encoding.UTF8.GetBytes(csv)))[0].GetProperty("status").GetString());
        Assert.Equal("Processed", (await WebUploads.UploadAsync(producer, "poster.png", null, await File.ReadAllBytesAsync(Path.Combine(references, "ref.png")), title: "zebraposter"))[0].GetProperty("status").GetString());
        var copyId = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/copy.txt");
        var posterId = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/poster.png");

        // OCR text as the pipeline commits it (generating a picture with readable hostile text is not worth its cost).
        var reader = services.GetRequiredService<IAssetReader>();
        var poster = (await reader.FindByIdAsync(posterId, CancellationToken.None))!;
        var derived = await reader.GetDerivedAsync(posterId, CancellationToken.None);
        var media = derived.Media! with { ImageText = [new OcrLine("zebraocr " + Payload("ocr"), TimeSpan.Zero, TimeSpan.Zero, 0.9)] };
        await services.GetRequiredService<IIngestionLedger>().SaveProcessedAsync(poster, derived with { Media = media }, CancellationToken.None);
        await services.GetRequiredService<CatalogCommitFeed>().PublishAsync(CancellationToken.None);

        // People's writes: a tag edit, a collection with a note, a saved search, rights terms, a kickoff, an alarm decision.
        await SendOkAsync(strategist, HttpMethod.Post, "/api/tags", new { key = "安稚/夜醒季/copy.txt", action = "add", dimension = "情绪", term = "焦虑", note = Payload("tagnote") });
        var collection = "篮" + Payload("collection");
        await SendOkAsync(strategist, HttpMethod.Post, "/api/collections", new { name = collection });
        await SendOkAsync(strategist, HttpMethod.Post, $"/api/collections/{Uri.EscapeDataString(collection)}/items", new { key = "安稚/夜醒季/copy.txt", note = Payload("note") });
        await SendOkAsync(strategist, HttpMethod.Post, "/api/saved-searches", new { name = "检索" + Payload("saved"), q = "夜醒" });
        await SendOkAsync(leadership, HttpMethod.Put, $"/api/rights/{copyId}", new { holder = Payload("holder"), media = "抖音", territory = "中国大陆", restrictions = Payload("restrictions") });
        await SendOkAsync(producer, HttpMethod.Put, $"/api/assets/{copyId}/metadata", new { title = "zebratitle " + Payload("title"), client = "安稚", project = "夜醒季", description = Payload("description") });
        var brief = $"""
            code: XSS-1
            name: {Yaml(Payload("project"))}
            client: 安稚
            industry: 母婴
            team: {Yaml(Payload("team"))}
            producer: 王小明
            strategist: 李策略
            start: 2026-07-01
            end: 2026-09-30
            lines:
              - {"{"} id: tvc, kind: tvc-second, quantity: 30, description: {Yaml(Payload("line"))} {"}"}
            """;
        await SendOkAsync(strategist, HttpMethod.Post, "/api/projects", new { text = brief, format = "yaml" });
        var alarm = await WaitForAlarmAsync(leadership, posterId);
        var alarmsOpen = await leadership.Client.GetStringAsync("/alarms");
        await SendOkAsync(leadership, HttpMethod.Post, $"/api/alarms/{alarm}/reject", new { reason = Payload("reason") });

        var pages = new (SignedInClient Who, string Url, string[] Fields)[]
        {
            (strategist, "/?q=zebratitle", ["title"]),
            (strategist, "/?q=zebracomment", ["comment"]),
            (strategist, "/?q=zebraocr", ["ocr"]),
            (strategist, "/?q=" + Uri.EscapeDataString("夜醒"), ["collection"]),
            (strategist, $"/assets/{copyId}", ["title", "body", "description", "tagnote", "holder", "restrictions", "collection"]),
            (strategist, "/collections", ["collection"]),
            (strategist, "/collections/" + Uri.EscapeDataString(collection), ["collection", "note"]),
            (strategist, "/searches", ["saved"]),
            (strategist, "/kickoff", ["project"]),
            (strategist, "/kickoff/XSS-1", ["project"]),
            (producer, "/upload", ["user"]),
            (admin, "/admin/users", ["user", "collection"]),
            (leadership, "/alarms?status=rejected", ["reason", "library", "licence"]),
        };
        var failures = new List<string>();
        Check("/alarms (open)", alarmsOpen, ["library", "licence"], failures);
        foreach (var (who, url, fields) in pages)
        {
            using var answer = await who.Client.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{url}: {(int)answer.StatusCode}");
            Check(url, await answer.Content.ReadAsStringAsync(), fields, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A script tag and an attribute break, named after the field so each field's rendering is found on its page.</summary>
    private static string Payload(string field) => $"\"'><script>alert('{field}')</script><img src=x onerror=alert(1)>";

    private static void Check(string url, string html, string[] fields, List<string> failures)
    {
        if (html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase) || html.Contains("<img src=x", StringComparison.OrdinalIgnoreCase)
            || html.Contains("\"'>", StringComparison.Ordinal))
        {
            failures.Add($"{url}: the payload reached the HTML unescaped");
        }

        foreach (var field in fields)
        {
            if (!html.Contains($"&lt;script&gt;alert(&#x27;{field}&#x27;)", StringComparison.Ordinal))
            {
                failures.Add($"{url}: the {field} field is not shown (escaped) where expected");
            }
        }
    }

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task SendOkAsync(SignedInClient client, HttpMethod method, string url, object body)
    {
        using var answer = await client.Client.SendAsync(client.Request(method, url, JsonContent.Create(body)));
        Assert.True(answer.IsSuccessStatusCode, $"{method} {url}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>The alarm raised on the asset; the copyright check follows the catalog's commits, so it is polled (a hang guard, not a speed check).</summary>
    private static async Task<long> WaitForAlarmAsync(SignedInClient client, long assetId)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var alarms = await client.Client.GetFromJsonAsync<JsonElement>("/api/alarms", guard.Token);
            var list = alarms.ValueKind == JsonValueKind.Array ? alarms : alarms.GetProperty("alarms");
            foreach (var alarm in list.EnumerateArray())
            {
                if (alarm.GetProperty("assetId").GetInt64() == assetId)
                {
                    return alarm.GetProperty("id").GetInt64();
                }
            }

            await Task.Delay(200, guard.Token);
        }
    }
}
