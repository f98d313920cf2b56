using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using AssetBank.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Storage.Minio.Tests;

/// <summary>What the contract suite cannot say about S3: multipart uploads, credentials, the wire format of metadata.</summary>
public sealed class MinioObjectStoreTests(S3BucketFixture bucket) : IClassFixture<S3BucketFixture>, IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private ServiceProvider? _services;

    private CancellationToken Ct => _timeout.Token;

    private IObjectStore Store => _services?.GetRequiredService<IObjectStore>() ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _services = S3TestServer.BuildServices(S3TestServer.Settings(bucket.Bucket));
        await Store.EnsureReadyAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task Uploads_a_stream_of_unknown_length_over_16_MiB_as_multipart_and_normalises_its_etag()
    {
        // The SDK's parts are 16 MiB: 20 MiB makes two parts, so the boundary is crossed and checked below.
        var data = RandomBytes(20 * 1024 * 1024 + 17, seed: 11);
        await using var body = new NonSeekableStream(data);

        var put = await Store.PutAsync("multipart/big.bin", body, new ObjectWriteOptions("video/mp4"), Ct);
        var read = await ReadAllAsync("multipart/big.bin", null);
        var acrossBoundary = await ReadAllAsync("multipart/big.bin", new ByteRange(16 * 1024 * 1024 - 100, 200));

        Assert.Matches(new Regex("^[0-9a-f]{32}-[0-9]+$"), put.ETag);
        Assert.Equal(data.Length, put.Size);
        Assert.Equal("video/mp4", put.ContentType);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(read));
        Assert.Equal(data.AsSpan(16 * 1024 * 1024 - 100, 200).ToArray(), acrossBoundary);
    }

    [Fact]
    public async Task Reads_a_byte_range_through_a_presigned_url()
    {
        var data = RandomBytes(3_000_000, seed: 12);
        await Store.PutAsync("ranges/clip.bin", new MemoryStream(data), ObjectWriteOptions.Default, Ct);

        Assert.Equal(data.AsSpan(0, 1).ToArray(), await ReadAllAsync("ranges/clip.bin", new ByteRange(0, 1)));
        Assert.Equal(data.AsSpan(1_000_000, 1_048_576).ToArray(), await ReadAllAsync("ranges/clip.bin", new ByteRange(1_000_000, 1_048_576)));
        Assert.Equal(data.AsSpan(data.Length - 10).ToArray(), await ReadAllAsync("ranges/clip.bin", new ByteRange(data.Length - 10)));
        Assert.Equal(data.AsSpan(data.Length - 5).ToArray(), await ReadAllAsync("ranges/clip.bin", new ByteRange(data.Length - 5, 100)));
    }

    [Fact]
    public async Task A_range_starting_past_the_end_reads_nothing()
    {
        await Store.PutAsync("ranges/short.txt", new MemoryStream("12345"u8.ToArray()), ObjectWriteOptions.Default, Ct);

        Assert.Empty(await ReadAllAsync("ranges/short.txt", new ByteRange(5)));
        Assert.Empty(await ReadAllAsync("ranges/short.txt", new ByteRange(1000, 10)));
    }

    [Fact]
    public async Task Round_trips_chinese_and_awkward_metadata_values()
    {
        var metadata = new Dictionary<string, string>
        {
            ["client"] = "贝贝乳业（上海）有限公司",
            ["title"] = "母婴 — 夜醒 — 焦虑 — 新手爸爸",
            ["discount"] = "100%",
            ["escaped-looking"] = "a%20b",
            ["padded"] = "  two spaces each side  ",
            ["plain"] = "spring-2026",
            ["empty"] = string.Empty,
        };

        var put = await Store.PutAsync("meta/小红书 笔记.txt", new MemoryStream("x"u8.ToArray()), new ObjectWriteOptions("text/plain; charset=utf-8", metadata), Ct);
        var stat = await Store.StatAsync("meta/小红书 笔记.txt", Ct);
        var copy = await Store.CopyAsync("meta/小红书 笔记.txt", "meta/副本.txt", Ct);

        Assert.NotNull(stat);
        foreach (var (name, value) in metadata)
        {
            Assert.Equal(value, put.Metadata[name]);
            Assert.Equal(value, stat.Metadata[name]);
            Assert.Equal(value, copy.Metadata[name]);
        }

        Assert.Equal(metadata.Count, stat.Metadata.Count);
        Assert.Equal("text/plain; charset=utf-8", stat.ContentType);
    }

    [Fact]
    public async Task Metadata_names_are_case_insensitive_and_come_back_lower_case()
    {
        var put = await Store.PutAsync(
            "meta/case.txt",
            new MemoryStream("x"u8.ToArray()),
            new ObjectWriteOptions(Metadata: new Dictionary<string, string> { ["Source-Library"] = "VCG" }),
            Ct);

        Assert.Equal("VCG", put.Metadata["source-library"]);
        Assert.Equal("VCG", put.Metadata["SOURCE-LIBRARY"]);
        Assert.Equal(["source-library"], put.Metadata.Keys);
    }

    [Theory]
    [InlineData("客户")]
    [InlineData("has space")]
    [InlineData("content-type")]
    public async Task Refuses_metadata_names_that_cannot_be_headers(string name)
    {
        var options = new ObjectWriteOptions(Metadata: new Dictionary<string, string> { [name] = "x" });

        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync("meta/bad-name.txt", new MemoryStream("x"u8.ToArray()), options, Ct));
        Assert.Null(await Store.StatAsync("meta/bad-name.txt", Ct));
    }

    [Fact]
    public async Task A_listing_agrees_with_stat_on_etag_size_and_time()
    {
        await Store.PutAsync("agree/one.bin", new MemoryStream(RandomBytes(4096, seed: 13)), ObjectWriteOptions.Default, Ct);

        var listed = Assert.Single(await ToListAsync(Store.ListAsync("agree/", Ct)));
        var stat = await Store.StatAsync("agree/one.bin", Ct);

        Assert.NotNull(stat);
        Assert.Equal(stat.ETag, listed.ETag);
        Assert.Equal(stat.Size, listed.Size);
        Assert.Equal(stat.LastModified, listed.LastModified);
        Assert.Equal(TimeSpan.Zero, stat.LastModified.Offset);
        Assert.InRange(stat.LastModified, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task Copying_an_object_onto_itself_keeps_it()
    {
        await Store.PutAsync("self/a.txt", new MemoryStream("same"u8.ToArray()), ObjectWriteOptions.Default, Ct);

        var copy = await Store.CopyAsync("self/a.txt", "self//a.txt", Ct);

        Assert.Equal(4, copy.Size);
        Assert.Equal("same", Encoding.UTF8.GetString(await ReadAllAsync("self/a.txt", null)));
    }

    [Fact]
    public async Task Presigned_urls_must_expire_within_seven_days()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetPresignedReadUrlAsync("a.txt", TimeSpan.FromDays(8), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetPresignedReadUrlAsync("a.txt", TimeSpan.Zero, Ct));
    }

    [Fact]
    public void Names_the_endpoint_and_bucket_and_declares_its_capabilities()
    {
        Assert.Equal($"s3 http://{S3TestServer.Endpoint}/{bucket.Bucket}", Store.Name);
        Assert.True(Store.Capabilities.PresignedUrlsAreHttp);
        Assert.True(Store.Capabilities.ServerSideCopy);
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_readiness_check_naming_the_endpoint()
    {
        var settings = S3TestServer.Settings(bucket.Bucket);
        settings["SecretKey"] = "not-the-secret";
        await using var services = S3TestServer.BuildServices(settings);
        var store = services.GetRequiredService<IObjectStore>();

        var ready = await Assert.ThrowsAsync<ObjectStoreException>(() => store.EnsureReadyAsync(Ct));
        var list = await Assert.ThrowsAsync<ObjectStoreException>(() => ToListAsync(store.ListAsync(string.Empty, Ct)));

        Assert.Contains(S3TestServer.Endpoint, ready.Message, StringComparison.Ordinal);
        Assert.Contains("access denied", ready.Message, StringComparison.Ordinal);
        Assert.Contains("access denied", list.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_access_key_fails_the_readiness_check()
    {
        var settings = S3TestServer.Settings(bucket.Bucket);
        settings["AccessKey"] = "nobody";
        await using var services = S3TestServer.BuildServices(settings);

        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => services.GetRequiredService<IObjectStore>().EnsureReadyAsync(Ct));

        Assert.Contains(S3TestServer.Endpoint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_quickly_naming_the_endpoint()
    {
        var settings = S3TestServer.Settings(bucket.Bucket);
        settings["Endpoint"] = "127.0.0.1:1";
        settings["ConnectTimeout"] = "00:00:03";
        await using var services = S3TestServer.BuildServices(settings);
        var store = services.GetRequiredService<IObjectStore>();
        var clock = Stopwatch.StartNew();

        var ready = await Assert.ThrowsAsync<ObjectStoreException>(() => store.EnsureReadyAsync(Ct));
        var read = await Assert.ThrowsAsync<ObjectStoreException>(() => store.OpenReadAsync("a.txt", null, Ct));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains("127.0.0.1:1", ready.Message, StringComparison.Ordinal);
        Assert.Contains("cannot reach", ready.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_bucket_is_reported_when_it_may_not_be_created()
    {
        var missing = $"assetbank-missing-{Guid.NewGuid():N}"[..36];
        var settings = S3TestServer.Settings(missing);
        settings["CreateBucketIfMissing"] = "false";
        await using var services = S3TestServer.BuildServices(settings);
        var store = services.GetRequiredService<IObjectStore>();

        var ready = await Assert.ThrowsAsync<ObjectStoreException>(() => store.EnsureReadyAsync(Ct));
        var stat = await Assert.ThrowsAsync<ObjectStoreException>(() => store.StatAsync("a.txt", Ct));
        var read = await Assert.ThrowsAsync<ObjectStoreException>(() => store.OpenReadAsync("a.txt", null, Ct));

        Assert.Contains(missing, ready.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", stat.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", read.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("a/./b.txt")]
    [InlineData("a\0b.txt")]
    [InlineData("a\u001bb.txt")]
    [InlineData("")]
    [InlineData("folder/")]
    public async Task Refuses_hostile_keys_before_any_request(string key)
    {
        // Pointed at a closed port: a key that reached the network would fail with ObjectStoreException instead.
        var settings = S3TestServer.Settings(bucket.Bucket);
        settings["Endpoint"] = "127.0.0.1:1";
        await using var services = S3TestServer.BuildServices(settings);
        var store = services.GetRequiredService<IObjectStore>();
        var body = new MemoryStream("x"u8.ToArray());

        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.PutAsync(key, body, ObjectWriteOptions.Default, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.StatAsync(key, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.OpenReadAsync(key, new ByteRange(0, 1), Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.CopyAsync(key, "ok.txt", Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.CopyAsync("ok.txt", key, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.DeleteAsync(key, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => store.GetPresignedReadUrlAsync(key, TimeSpan.FromMinutes(1), Ct));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("a/../../")]
    [InlineData("/abs/")]
    public async Task Refuses_hostile_listing_prefixes(string prefix)
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => ToListAsync(Store.ListAsync(prefix, Ct)));
    }

    private async Task<byte[]> ReadAllAsync(string key, ByteRange? range)
    {
        await using var stream = await Store.OpenReadAsync(key, range, Ct);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
