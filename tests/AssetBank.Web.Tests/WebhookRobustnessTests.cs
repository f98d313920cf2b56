using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AssetBank.Web.Notifications;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Storage;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

public sealed class WebhookRobustnessTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly List<ApiFactory> _factories = [];

    [Fact]
    public async Task One_climbing_key_is_rejected_on_its_own_and_the_rest_of_the_batch_is_queued()
    {
        var factory = Factory();
        await Store(factory).PutAsync("copy/brief.txt", new MemoryStream("简报：新手爸爸夜醒"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        using var client = Client(factory);

        var response = await client.PostAsync("/api/notifications/minio", Events("..%2F..%2Fetc%2Fpasswd", "copy/brief.txt"));
        var receipt = await response.Content.ReadFromJsonAsync<NotificationReceipt>(Web);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["copy/brief.txt"], receipt!.Accepted);
        var rejected = Assert.Single(receipt.Rejected);
        Assert.Equal("../../etc/passwd", rejected.Key);
        Assert.Contains("..", rejected.Reason, StringComparison.Ordinal);
        await WaitForAsync(factory, "copy/brief.txt", a => a.Status == AssetStatus.Processed);
    }

    [Theory]
    [InlineData("{\"Records\": [{\"eventName\": 5, \"s3\": {\"object\": {\"key\": \"a.txt\"}}}]}")]
    [InlineData("{\"Records\": [{\"eventName\": \"s3:ObjectCreated:Put\", \"s3\": {\"object\": {\"key\": 42}}}]}")]
    [InlineData("{\"Records\": [{\"eventName\": \"s3:ObjectCreated:Put\", \"s3\": {\"bucket\": \"b\", \"object\": {\"key\": \"a.txt\"}}}]}")]
    [InlineData("{\"Records\": [\"not an object\"]}")]
    public async Task Wrongly_typed_fields_are_answered_400_with_problem_details(string json)
    {
        using var client = Client(Factory());

        var response = await client.PostAsync("/api/notifications/minio", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_with_problem_details()
    {
        using var client = Client(Factory());
        var json = "{\"Records\": [], \"padding\": \"" + new string('x', 30_000_001) + "\"}";

        var response = await client.PostAsync("/api/notifications/minio", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_key_that_makes_ingestion_throw_stops_neither_the_host_nor_the_rest_of_its_batch()
    {
        ApiFactory? factory = null;
        factory = Factory(services => services.AddSingleton<IObjectStore>(
            _ => new ThrowingObjectStore(new FileSystemObjectStore(factory!.StoreRoot), "boom.txt")));
        await new FileSystemObjectStore(factory.StoreRoot).PutAsync("ok.txt", new MemoryStream("正常的文案"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        using var client = Client(factory);

        var response = await client.PostAsync("/api/notifications/minio", Events("boom.txt", "ok.txt"));
        await WaitForAsync(factory, "ok.txt", a => a.Status == AssetStatus.Processed);
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    private ApiFactory Factory(Action<IServiceCollection>? services = null)
    {
        var factory = new ApiFactory(services: services);
        _factories.Add(factory);
        return factory;
    }

    private static FileSystemObjectStore Store(ApiFactory factory) => new(factory.StoreRoot);

    private static HttpClient Client(ApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.AuthToken);
        return client;
    }

    private static StringContent Events(params string[] encodedKeys)
    {
        var records = encodedKeys.Select(k => new Dictionary<string, object>
        {
            ["eventName"] = "s3:ObjectCreated:Put",
            ["s3"] = new Dictionary<string, object>
            {
                ["bucket"] = new Dictionary<string, object> { ["name"] = "assetbank" },
                ["object"] = new Dictionary<string, object> { ["key"] = k },
            },
        });
        return new StringContent(JsonSerializer.Serialize(new { Records = records }), Encoding.UTF8, "application/json");
    }

    private static async Task<Asset> WaitForAsync(ApiFactory factory, string key, Func<Asset, bool> condition)
    {
        var catalog = factory.Services.GetRequiredService<IAssetReader>();
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
}
