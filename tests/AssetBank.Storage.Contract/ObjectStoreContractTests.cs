using System.Security.Cryptography;
using System.Text;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Xunit;

namespace AssetBank.Storage.Contract;

/// <summary>
/// The behaviour every <see cref="IObjectStore"/> backend promises. Each backend's test project derives from this
/// class and builds its store through the same DI extension the app uses. Every test works under its own random
/// prefix, so one store instance can serve the whole suite.
/// </summary>
public abstract class ObjectStoreContractTests : IAsyncLifetime
{
    private IObjectStore? _store;

    protected IObjectStore Store => _store ?? throw new InvalidOperationException("The store is not built yet.");

    /// <summary>A prefix unique to this test, so tests never see each other's objects.</summary>
    protected string Prefix { get; } = $"contract-{Guid.NewGuid():N}/";

    /// <summary>Bounds every call, so a hung backend fails the test instead of the run.</summary>
    protected CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync(CancellationToken.None);
        await _store.EnsureReadyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_store is null)
        {
            return;
        }

        await foreach (var item in _store.ListAsync(Prefix, CancellationToken.None))
        {
            await _store.DeleteAsync(item.Key, CancellationToken.None);
        }

        await DisposeStoreAsync(_store);
    }

    protected abstract Task<IObjectStore> CreateStoreAsync(CancellationToken cancellationToken);

    protected virtual Task DisposeStoreAsync(IObjectStore store) => Task.CompletedTask;

    [Fact]
    public async Task Put_then_stat_returns_size_etag_content_type_and_metadata()
    {
        var data = Bytes(1000, seed: 1);
        var metadata = new Dictionary<string, string> { ["client"] = "acme", ["project"] = "spring-2026" };
        var put = await Store.PutAsync(Prefix + "a.bin", new MemoryStream(data), new ObjectWriteOptions("application/octet-stream", metadata), Ct);
        var stat = await Store.StatAsync(Prefix + "a.bin", Ct);

        Assert.NotNull(stat);
        Assert.Equal(Prefix + "a.bin", stat.Key);
        Assert.Equal(1000, stat.Size);
        Assert.False(string.IsNullOrEmpty(stat.ETag));
        Assert.DoesNotContain('"', stat.ETag);
        Assert.Equal(put.ETag, stat.ETag);
        Assert.Equal("acme", stat.Metadata["client"]);
        Assert.Equal("spring-2026", stat.Metadata["project"]);
    }

    [Fact]
    public async Task Round_trips_chinese_keys_and_metadata_values()
    {
        var key = Prefix + "客户/母婴 项目/夜醒 焦虑.txt";
        var metadata = new Dictionary<string, string> { ["client"] = "贝贝乳业", ["channel"] = "小红书" };
        await Store.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("新手爸爸")), new ObjectWriteOptions("text/plain", metadata), Ct);

        var stat = await Store.StatAsync(key, Ct);
        var listed = await ToListAsync(Store.ListAsync(Prefix + "客户/", Ct));

        Assert.NotNull(stat);
        Assert.Equal("贝贝乳业", stat.Metadata["client"]);
        Assert.Equal("小红书", stat.Metadata["channel"]);
        Assert.Equal([key], listed.Select(o => o.Key));
        Assert.Equal("新手爸爸", await ReadTextAsync(key));
    }

    [Fact]
    public async Task Writes_a_stream_of_unknown_length()
    {
        var data = Bytes(300_000, seed: 2);
        await using var unknownLength = new NonSeekableStream(data);

        var put = await Store.PutAsync(Prefix + "stream.bin", unknownLength, ObjectWriteOptions.Default, Ct);

        Assert.Equal(data.Length, put.Size);
        Assert.Equal(data, await ReadAllAsync(Prefix + "stream.bin", null));
    }

    [Fact]
    public async Task Writes_an_empty_object()
    {
        await Store.PutAsync(Prefix + "empty.txt", new MemoryStream(), ObjectWriteOptions.Default, Ct);

        var stat = await Store.StatAsync(Prefix + "empty.txt", Ct);

        Assert.NotNull(stat);
        Assert.Equal(0, stat.Size);
        Assert.Empty(await ReadAllAsync(Prefix + "empty.txt", null));
    }

    [Fact]
    public async Task Replacing_an_object_changes_its_etag_and_content()
    {
        var first = await Store.PutAsync(Prefix + "r.txt", new MemoryStream("one"u8.ToArray()), ObjectWriteOptions.Default, Ct);
        var second = await Store.PutAsync(Prefix + "r.txt", new MemoryStream("two!"u8.ToArray()), ObjectWriteOptions.Default, Ct);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("two!", await ReadTextAsync(Prefix + "r.txt"));
        Assert.Single(await ToListAsync(Store.ListAsync(Prefix, Ct)));
    }

    [Fact]
    public async Task Same_content_gives_the_same_etag()
    {
        var data = Bytes(5000, seed: 3);
        var a = await Store.PutAsync(Prefix + "x/1.bin", new MemoryStream(data), ObjectWriteOptions.Default, Ct);
        var b = await Store.PutAsync(Prefix + "y/2.bin", new MemoryStream(data), ObjectWriteOptions.Default, Ct);

        Assert.Equal(a.ETag, b.ETag);
    }

    [Fact]
    public async Task Reads_a_byte_range()
    {
        var data = Bytes(10_000, seed: 4);
        await Store.PutAsync(Prefix + "range.bin", new MemoryStream(data), ObjectWriteOptions.Default, Ct);

        var middle = await ReadAllAsync(Prefix + "range.bin", new ByteRange(1000, 500));
        var tail = await ReadAllAsync(Prefix + "range.bin", new ByteRange(9_990));

        Assert.Equal(data.AsSpan(1000, 500).ToArray(), middle);
        Assert.Equal(data.AsSpan(9_990).ToArray(), tail);
    }

    [Fact]
    public async Task Lists_recursively_by_prefix_in_key_order()
    {
        foreach (var key in new[] { "b/2.txt", "a/1.txt", "a/deep/er/3.txt", "ab.txt", "c.txt" })
        {
            await Store.PutAsync(Prefix + key, new MemoryStream("x"u8.ToArray()), ObjectWriteOptions.Default, Ct);
        }

        var all = await ToListAsync(Store.ListAsync(Prefix, Ct));
        var underA = await ToListAsync(Store.ListAsync(Prefix + "a/", Ct));
        var startingWithA = await ToListAsync(Store.ListAsync(Prefix + "a", Ct));

        Assert.Equal(
            new[] { "a/1.txt", "a/deep/er/3.txt", "ab.txt", "b/2.txt", "c.txt" }.Select(k => Prefix + k),
            all.Select(o => o.Key));
        Assert.Equal(new[] { "a/1.txt", "a/deep/er/3.txt" }.Select(k => Prefix + k), underA.Select(o => o.Key));
        Assert.Equal(3, startingWithA.Count);
        Assert.All(all, o => Assert.Equal(1, o.Size));
        Assert.All(all, o => Assert.False(string.IsNullOrEmpty(o.ETag)));
    }

    [Fact]
    public async Task Listing_an_unknown_prefix_is_empty()
    {
        Assert.Empty(await ToListAsync(Store.ListAsync(Prefix + "nothing-here/", Ct)));
    }

    [Fact]
    public async Task Stat_of_a_missing_object_is_null()
    {
        Assert.Null(await Store.StatAsync(Prefix + "missing.txt", Ct));
    }

    [Fact]
    public async Task Reading_a_missing_object_names_the_key()
    {
        var error = await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.OpenReadAsync(Prefix + "missing.txt", null, Ct));

        Assert.Equal(Prefix + "missing.txt", error.Key);
        Assert.Contains(Prefix + "missing.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_is_idempotent()
    {
        await Store.PutAsync(Prefix + "d.txt", new MemoryStream("x"u8.ToArray()), ObjectWriteOptions.Default, Ct);

        await Store.DeleteAsync(Prefix + "d.txt", Ct);
        await Store.DeleteAsync(Prefix + "d.txt", Ct);
        await Store.DeleteAsync(Prefix + "never/existed.txt", Ct);

        Assert.Null(await Store.StatAsync(Prefix + "d.txt", Ct));
        Assert.Empty(await ToListAsync(Store.ListAsync(Prefix, Ct)));
    }

    [Fact]
    public async Task Copies_content_and_metadata()
    {
        var metadata = new Dictionary<string, string> { ["client"] = "acme" };
        await Store.PutAsync(Prefix + "src.txt", new MemoryStream("copy me"u8.ToArray()), new ObjectWriteOptions("text/plain", metadata), Ct);

        var copy = await Store.CopyAsync(Prefix + "src.txt", Prefix + "dst/copy.txt", Ct);
        var stat = await Store.StatAsync(Prefix + "dst/copy.txt", Ct);

        Assert.Equal(7, copy.Size);
        Assert.Equal("copy me", await ReadTextAsync(Prefix + "dst/copy.txt"));
        Assert.NotNull(stat);
        Assert.Equal("acme", stat.Metadata["client"]);
        Assert.NotNull(await Store.StatAsync(Prefix + "src.txt", Ct));
    }

    [Fact]
    public async Task Copying_a_missing_object_names_the_key()
    {
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.CopyAsync(Prefix + "nope.txt", Prefix + "dst.txt", Ct));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a/./b.txt")]
    [InlineData("a\0b.txt")]
    [InlineData("a\nb.txt")]
    [InlineData("")]
    [InlineData("folder/")]
    public async Task Rejects_keys_that_are_hostile_or_malformed(string key)
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(
            () => Store.PutAsync(key, new MemoryStream("x"u8.ToArray()), ObjectWriteOptions.Default, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.OpenReadAsync(key, null, Ct));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.DeleteAsync(key, Ct));
    }

    [Fact]
    public async Task Rejects_listing_prefixes_that_climb_out_of_the_root()
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(async () =>
        {
            await foreach (var unused in Store.ListAsync("../", Ct))
            {
            }
        });
    }

    [Fact]
    public async Task Normalises_backslashes_and_repeated_separators_in_keys()
    {
        await Store.PutAsync(Prefix + "n\\sub//file.txt", new MemoryStream("n"u8.ToArray()), ObjectWriteOptions.Default, Ct);

        var stat = await Store.StatAsync(Prefix + "n/sub/file.txt", Ct);

        Assert.NotNull(stat);
        Assert.Equal(Prefix + "n/sub/file.txt", stat.Key);
    }

    [Fact]
    public async Task A_presigned_url_reads_the_object()
    {
        var data = Bytes(2048, seed: 5);
        await Store.PutAsync(Prefix + "signed.bin", new MemoryStream(data), ObjectWriteOptions.Default, Ct);

        var url = await Store.GetPresignedReadUrlAsync(Prefix + "signed.bin", TimeSpan.FromMinutes(5), Ct);

        byte[] fetched;
        if (Store.Capabilities.PresignedUrlsAreHttp)
        {
            using var http = new HttpClient();
            fetched = await http.GetByteArrayAsync(url, Ct);
        }
        else
        {
            Assert.True(url.IsFile);
            fetched = await File.ReadAllBytesAsync(url.LocalPath, Ct);
        }

        Assert.Equal(data, fetched);
    }

    [Fact]
    public async Task Large_objects_round_trip_intact()
    {
        var data = Bytes(6 * 1024 * 1024 + 123, seed: 6);
        await using var unknownLength = new NonSeekableStream(data);

        var put = await Store.PutAsync(Prefix + "big.bin", unknownLength, ObjectWriteOptions.Default, Ct);
        var read = await ReadAllAsync(Prefix + "big.bin", null);

        Assert.Equal(data.Length, put.Size);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(read));
    }

    [Fact]
    public async Task Readiness_check_passes_on_a_working_store()
    {
        await Store.EnsureReadyAsync(Ct);
        Assert.False(string.IsNullOrWhiteSpace(Store.Name));
    }

    protected static byte[] Bytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    protected async Task<byte[]> ReadAllAsync(string key, ByteRange? range)
    {
        await using var stream = await Store.OpenReadAsync(key, range, Ct);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        return buffer.ToArray();
    }

    protected async Task<string> ReadTextAsync(string key) => Encoding.UTF8.GetString(await ReadAllAsync(key, null));

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
