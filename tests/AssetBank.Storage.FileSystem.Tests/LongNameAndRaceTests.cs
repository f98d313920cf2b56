using System.Security.Cryptography;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Storage.FileSystem.Tests;

public sealed class LongNameAndRaceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemObjectStore _store;

    public LongNameAndRaceTests()
    {
        _store = new FileSystemObjectStore(_folder.Path);
    }

    public static TheoryData<string> LongNames() => new()
    {
        new string('a', 246) + ".txt",
        new string('a', 251) + ".txt",
        new string('视', 83) + ".md",
        new string('视', 85),
    };

    [Theory]
    [MemberData(nameof(LongNames))]
    public async Task Names_up_to_255_bytes_round_trip_with_their_metadata(string name)
    {
        var key = "长/" + name;
        var metadata = new Dictionary<string, string> { ["owner"] = "运营" };

        await _store.PutAsync(key, new MemoryStream("内容"u8.ToArray()), new ObjectWriteOptions("text/plain", metadata), CancellationToken.None);
        var stat = await _store.StatAsync(key, CancellationToken.None);
        var listed = await ListKeysAsync();
        await _store.DeleteAsync(key, CancellationToken.None);

        Assert.Equal("运营", stat!.Metadata["owner"]);
        Assert.Equal([key], listed);
        Assert.Null(await _store.StatAsync(key, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(LongNames))]
    public async Task A_long_name_dropped_in_by_hand_is_listed_like_any_file(string name)
    {
        await _store.EnsureReadyAsync(CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, name), "by hand");
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "0.txt"), "first");

        var listed = await ListKeysAsync();

        Assert.Equal(["0.txt", name], listed);
    }

    [Fact]
    public async Task A_name_over_255_bytes_is_refused_as_an_invalid_key()
    {
        var key = new string('视', 86);

        var error = await Assert.ThrowsAsync<InvalidObjectKeyException>(
            () => _store.PutAsync(key, new MemoryStream("x"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None));

        Assert.Contains("255", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_uploads_to_one_key_keep_each_uploads_content_and_metadata_together()
    {
        for (var round = 0; round < 50; round++)
        {
            // Same-sized uploads released together finish together, which is when publishing interleaves.
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var uploads = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                var content = new byte[64 * 1024];
                Random.Shared.NextBytes(content);
                var metadata = new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content)) };
                await start.Task;
                return await _store.PutAsync("race/one-key.bin", new MemoryStream(content), new ObjectWriteOptions("application/octet-stream", metadata), CancellationToken.None);
            })).ToList();
            start.SetResult();
            await Task.WhenAll(uploads);

            var stat = await _store.StatAsync("race/one-key.bin", CancellationToken.None);
            await using var stream = await _store.OpenReadAsync("race/one-key.bin", null, CancellationToken.None);
            var stored = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));

            Assert.Equal(stored, stat!.Metadata["sha256"]);
            Assert.Equal(stored, stat.ETag);
        }
    }

    public void Dispose() => _folder.Dispose();

    private async Task<List<string>> ListKeysAsync()
    {
        var keys = new List<string>();
        await foreach (var item in _store.ListAsync(string.Empty, CancellationToken.None))
        {
            keys.Add(item.Key);
        }

        return keys;
    }
}
