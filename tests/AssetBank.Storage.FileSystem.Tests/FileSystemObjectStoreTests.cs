using System.Security.Cryptography;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Storage.FileSystem.Tests;

public sealed class FileSystemObjectStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemObjectStore _store;

    public FileSystemObjectStoreTests()
    {
        _store = new FileSystemObjectStore(_folder.Path);
    }

    [Fact]
    public async Task A_huge_file_dropped_in_by_hand_gets_a_size_and_time_etag_instead_of_being_hashed()
    {
        await _store.EnsureReadyAsync(CancellationToken.None);
        var path = Path.Combine(_folder.Path, "huge.mp4");
        await using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(5L << 30);
        }

        var stat = await _store.StatAsync("huge.mp4", CancellationToken.None);

        Assert.Equal(5L << 30, stat!.Size);
        Assert.StartsWith("size5368709120-t", stat.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_dropped_in_by_hand_are_listed_with_their_content_hash_as_etag()
    {
        await _store.EnsureReadyAsync(CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "inbox"));
        var data = "hand-placed"u8.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "inbox", "note.txt"), data);

        var listed = new List<StoredObject>();
        await foreach (var item in _store.ListAsync(string.Empty, CancellationToken.None))
        {
            listed.Add(item);
        }

        var only = Assert.Single(listed);
        Assert.Equal("inbox/note.txt", only.Key);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), only.ETag);
    }

    [Fact]
    public async Task A_file_changed_behind_the_stores_back_gets_a_new_etag()
    {
        var first = await _store.PutAsync("a.txt", new MemoryStream("one"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        var path = Path.Combine(_folder.Path, "a.txt");
        await File.WriteAllTextAsync(path, "changed by hand");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        var stat = await _store.StatAsync("a.txt", CancellationToken.None);

        Assert.NotNull(stat);
        Assert.NotEqual(first.ETag, stat.ETag);
        Assert.Equal(15, stat.Size);
    }

    [Fact]
    public async Task The_stores_own_folder_is_neither_listed_nor_addressable()
    {
        await _store.PutAsync("x.txt", new MemoryStream("x"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);

        var keys = new List<string>();
        await foreach (var item in _store.ListAsync(string.Empty, CancellationToken.None))
        {
            keys.Add(item.Key);
        }

        Assert.Equal(["x.txt"], keys);
        await Assert.ThrowsAsync<InvalidObjectKeyException>(
            () => _store.OpenReadAsync(".assetbank/meta/x.txt.json", null, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_previous_version_intact()
    {
        await _store.PutAsync("keep.txt", new MemoryStream("original"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ObjectStoreException>(
            () => _store.PutAsync("keep.txt", new FailingStream(), ObjectWriteOptions.Default, CancellationToken.None));

        Assert.Contains("keep.txt", error.Message, StringComparison.Ordinal);

        await using var stream = await _store.OpenReadAsync("keep.txt", null, CancellationToken.None);
        using var reader = new StreamReader(stream);
        Assert.Equal("original", await reader.ReadToEndAsync());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder.Path, ".assetbank", "tmp")));
    }

    [Fact]
    public async Task An_unwritable_root_fails_the_readiness_check_naming_the_folder()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var store = new FileSystemObjectStore(file);

        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.EnsureReadyAsync(CancellationToken.None));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 0)
            {
                throw new IOException("connection reset by the uploader");
            }

            buffer[offset] = 42;
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
