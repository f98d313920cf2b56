using System.Diagnostics;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Storage.FileSystem.Tests;

/// <summary>Links and undecodable names placed in the store folder by hand: nothing outside the root is reached.</summary>
public sealed class HostileFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _outside = new();
    private readonly FileSystemObjectStore _store;

    public HostileFolderTests()
    {
        _store = new FileSystemObjectStore(_folder.Path);
    }

    [Fact]
    public async Task A_file_link_to_etc_passwd_is_listed_as_a_refused_key_and_never_read()
    {
        await _store.EnsureReadyAsync(CancellationToken.None);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "passwd.txt"), "/etc/passwd");

        var listed = Assert.Single(await ListAsync(string.Empty));
        var stat = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync("passwd.txt", CancellationToken.None));
        var open = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.OpenReadAsync("passwd.txt", null, CancellationToken.None));

        Assert.Equal("passwd.txt", listed.Key);
        Assert.Equal(0, listed.Size);
        Assert.Contains(StoreLinks.LeavesRootProblem, stat.Problem, StringComparison.Ordinal);
        Assert.Contains(StoreLinks.LeavesRootProblem, open.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_link_to_etc_is_reported_under_its_own_key_and_not_walked()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "n"));
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "n", "ok.txt"), "ok");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "n", "etc_dir_link"), "/etc");

        var all = await ListAsync(string.Empty);
        var throughLink = await ListAsync("n/etc_dir_link/passwd");

        Assert.Equal(["n/etc_dir_link", "n/ok.txt"], all.Select(o => o.Key));
        Assert.Equal(["n/etc_dir_link"], throughLink.Select(o => o.Key));
        foreach (var key in new[] { "n/etc_dir_link", "n/etc_dir_link/passwd" })
        {
            var stat = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync(key, CancellationToken.None));
            Assert.Contains(StoreLinks.LeavesRootProblem, stat.Problem, StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.OpenReadAsync("n/etc_dir_link/passwd", null, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.GetPresignedReadUrlAsync("n/etc_dir_link/passwd", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Writes_and_deletes_through_a_folder_link_leave_the_outside_untouched()
    {
        var secret = Path.Combine(_outside.Path, "secret.txt");
        await File.WriteAllTextAsync(secret, "keep");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "out"), _outside.Path);

        await Assert.ThrowsAsync<InvalidObjectKeyException>(
            () => _store.PutAsync("out/secret.txt", new MemoryStream("overwritten"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(
            () => _store.PutAsync("out/new.txt", new MemoryStream("planted"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.DeleteAsync("out/secret.txt", CancellationToken.None));

        Assert.Equal("keep", await File.ReadAllTextAsync(secret));
        Assert.Equal([secret], Directory.GetFiles(_outside.Path));
    }

    [Fact]
    public async Task A_link_inside_the_root_is_refused_naming_the_key_it_points_to()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "real"));
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "real", "a.txt"), "a");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "alias"), "real");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "b.txt"), Path.Combine(_folder.Path, "real", "a.txt"));

        var keys = (await ListAsync(string.Empty)).Select(o => o.Key);
        var folder = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync("alias/a.txt", CancellationToken.None));
        var file = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync("b.txt", CancellationToken.None));

        Assert.Equal(["alias", "b.txt", "real/a.txt"], keys);
        Assert.Contains("'real'", folder.Problem, StringComparison.Ordinal);
        Assert.Contains("'real/a.txt'", file.Problem, StringComparison.Ordinal);
        Assert.NotNull(await _store.StatAsync("real/a.txt", CancellationToken.None));
    }

    [Fact]
    public async Task A_link_loop_is_listed_and_refused_as_a_loop()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "loop1"), "loop2");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "loop2"), "loop1");

        var keys = (await ListAsync(string.Empty)).Select(o => o.Key);
        var error = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync("loop1/x.txt", CancellationToken.None));

        Assert.Equal(["loop1", "loop2"], keys);
        Assert.Contains(StoreLinks.LoopProblem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_that_is_not_utf8_is_listed_and_refused_with_the_reason()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "fine.txt"), "ok");
        await RunShellAsync("touch \"$(printf 'bad\\377name.txt')\"", _folder.Path);
        List<StoredObject> listed;
        InvalidObjectKeyException error;
        StoredObject bad;
        try
        {
            listed = await ListAsync(string.Empty);
            bad = Assert.Single(listed, o => o.Key != "fine.txt");
            error = await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _store.StatAsync(bad.Key, CancellationToken.None));
        }
        finally
        {
            // .NET cannot name the file to delete it either.
            await RunShellAsync("rm -f ./bad*name.txt", _folder.Path);
        }

        Assert.Equal(2, listed.Count);
        Assert.Equal(StoreLinks.InvalidNameProblem, error.Problem);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    private async Task<List<StoredObject>> ListAsync(string prefix)
    {
        var listed = new List<StoredObject>();
        await foreach (var item in _store.ListAsync(prefix, CancellationToken.None))
        {
            listed.Add(item);
        }

        return listed;
    }

    private static async Task RunShellAsync(string script, string folder)
    {
        var start = new ProcessStartInfo("sh") { WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
