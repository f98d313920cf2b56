using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Storage;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

public sealed class NotificationsApiTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task A_minio_put_event_gets_the_object_ingested()
    {
        var store = new FileSystemObjectStore(_factory.StoreRoot);
        // The recorded event names an .mp4; the kind is decided from the bytes, so a script stored there is copy.
        await store.PutAsync("客户/夜醒 视频.mp4", new MemoryStream("分镜脚本：凌晨三点，新手爸爸抱着哭闹的宝宝。"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        using var client = Client();

        var response = await client.PostAsync("/api/notifications/minio", Body(Fixture("minio-put-event.json")));
        var asset = await WaitForAsync("客户/夜醒 视频.mp4", a => a.Status == AssetStatus.Processed);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(AssetKind.Copy, asset.Kind);
    }

    [Fact]
    public async Task A_minio_delete_event_marks_the_asset_deleted()
    {
        var store = new FileSystemObjectStore(_factory.StoreRoot);
        await store.PutAsync("copy/old-brief.docx", new MemoryStream("简报"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        using var client = Client();
        await client.PostAsync("/api/notifications/minio", Body(Fixture("minio-put-event.json").Replace("%E5%AE%A2%E6%88%B7/%E5%A4%9C%E9%86%92+%E8%A7%86%E9%A2%91.mp4", "copy/old-brief.docx", StringComparison.Ordinal)));
        await WaitForAsync("copy/old-brief.docx", a => a.Status == AssetStatus.Processed);

        await store.DeleteAsync("copy/old-brief.docx", CancellationToken.None);
        var response = await client.PostAsync("/api/notifications/minio", Body(Fixture("minio-delete-event.json")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForAsync("copy/old-brief.docx", a => a.Status == AssetStatus.Deleted);
    }

    [Fact]
    public async Task A_malformed_payload_is_answered_with_problem_details()
    {
        using var client = Client();

        var response = await client.PostAsync("/api/notifications/minio", Body("{\"Records\": 3}"));
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Records", problem!["detail"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_without_the_token_are_refused()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync("/api/notifications/minio", Body(Fixture("minio-put-event.json")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_report_ready()
    {
        using var client = _factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient Client()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.AuthToken);
        return client;
    }

    private async Task<Asset> WaitForAsync(string key, Func<Asset, bool> condition)
    {
        var catalog = _factory.Services.GetRequiredService<IAssetReader>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var asset = await catalog.FindByKeyAsync(key, CancellationToken.None);
            if (asset is not null && condition(asset))
            {
                return asset;
            }

            Assert.True(DateTime.UtcNow < deadline, $"'{key}' did not reach the expected state; last seen: {asset?.Status}");
            await Task.Delay(50);
        }
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
