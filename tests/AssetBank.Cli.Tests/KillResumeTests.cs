using System.Text.Json.Nodes;
using AssetBank.Catalog.Sqlite;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Storage;
using AssetBank.Storage.FileSystem;

namespace AssetBank.Cli.Tests;

/// <summary>
/// kill -9 at many moments (ingest at several depths, a rebuild, a search catching up), then a re-run: the catalog is
/// the same as one clean run's, and search agrees with it — every asset findable, nothing twice.
/// </summary>
public sealed class KillResumeTests : IDisposable
{
    private const int ObjectCount = 600;
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-kill-").FullName;

    [Fact]
    public async Task Ingest_killed_at_ten_points_and_a_rebuild_killed_resume_to_the_clean_catalog_and_a_matching_index()
    {
        var clean = Path.Combine(_folder, "clean");
        await FillStoreAsync(Path.Combine(clean, "store"));
        var (code, _, error) = await CliProcess.RunAsync("ingest", "--data", clean);
        Assert.True(code == 0, error);
        var expected = await SnapshotAsync(clean);
        Assert.Equal(ObjectCount, expected.Count(a => a.Status == AssetStatus.Processed));

        var killed = Path.Combine(_folder, "killed");
        await FillStoreAsync(Path.Combine(killed, "store"));
        var kills = 0;
        foreach (var depth in new[] { 1, 20, 45, 80, 130, 190, 260, 340, 430, 520 })
        {
            if (await StartAndKillAsync(killed, ["ingest", "--data", killed], processed => processed >= depth))
            {
                kills++;
            }
        }

        Assert.True(kills >= 8, $"only {kills} of 10 ingests were killed mid-run; the test proved too little");
        foreach (var delay in new[] { 250, 600, 1200 })
        {
            await StartAndKillAfterAsync(["reindex", "--data", killed], TimeSpan.FromMilliseconds(delay));
            await StartAndKillAfterAsync(["search", "文案", "--data", killed], TimeSpan.FromMilliseconds(delay));
        }

        var (resumeCode, _, resumeError) = await CliProcess.RunAsync("ingest", "--data", killed);
        Assert.True(resumeCode == 0, resumeError);

        var actual = await SnapshotAsync(killed);
        Assert.Equal(expected, actual);
        Assert.Equal(actual.Count, actual.Select(a => a.Key).Distinct().Count());
        var (total, keys) = await SearchAsync(killed, "文案");
        Assert.Equal(ObjectCount, total);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var (statusCode, status, _) = await CliProcess.RunAsync("status", "--data", killed);
        Assert.Equal(0, statusCode);
        Assert.Contains("搜索索引与资产库一致", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_ingests_at_once_on_one_data_folder_both_finish_and_leave_one_consistent_bank()
    {
        var data = Path.Combine(_folder, "twice");
        await FillStoreAsync(Path.Combine(data, "store"));

        var first = CliProcess.RunAsync("ingest", "--data", data);
        var second = CliProcess.RunAsync("ingest", "--data", data);
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var snapshot = await SnapshotAsync(data);
        Assert.Equal(ObjectCount, snapshot.Count(a => a.Status == AssetStatus.Processed));
        Assert.Equal(ObjectCount, (await SearchAsync(data, "文案")).Total);
    }

    [Fact]
    public async Task Searching_while_an_ingest_runs_never_breaks_the_ingest_nor_moves_the_index()
    {
        var data = Path.Combine(_folder, "busy");
        await FillStoreAsync(Path.Combine(data, "store"));
        var ingest = CliProcess.RunAsync("ingest", "--data", data);
        var searches = 0;
        while (!ingest.IsCompleted)
        {
            var (code, _, error) = await CliProcess.RunAsync("search", "新手爸爸", "--json", "--data", data);
            Assert.True(code == 0, error);
            searches++;
        }

        var (ingestCode, _, ingestError) = await ingest;
        Assert.True(ingestCode == 0, ingestError);
        Assert.True(searches > 0);
        Assert.Empty(Directory.EnumerateDirectories(data, "index.corrupt-*"));
        Assert.Equal(ObjectCount, (await SearchAsync(data, "文案")).Total);
    }

    [Fact]
    public async Task Two_uploads_of_different_files_to_one_key_at_once_keep_one_whole_version()
    {
        var data = Path.Combine(_folder, "upload");
        var a = Path.Combine(_folder, "a", "brief.txt");
        var b = Path.Combine(_folder, "b", "brief.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        await File.WriteAllTextAsync(a, "版本甲：新手爸爸凌晨冲奶粉的文案");
        await File.WriteAllTextAsync(b, "版本乙：闺蜜下午茶口红试色的文案，更长一些的内容");

        var results = await Task.WhenAll(
            CliProcess.RunAsync("upload", a, "--client", "甲客户", "--project", "夜醒计划", "--data", data),
            CliProcess.RunAsync("upload", b, "--client", "甲客户", "--project", "夜醒计划", "--data", data));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        using var catalog = new SqliteCatalog(Path.Combine(data, "catalog.db"));
        var asset = (await catalog.Reader.FindByKeyAsync("甲客户/夜醒计划/brief.txt", CancellationToken.None))!;
        var store = new FileSystemObjectStore(Path.Combine(data, "store"));
        await using var stored = await store.OpenReadAsync(asset.Key, null, CancellationToken.None);
        var bytes = new MemoryStream();
        await stored.CopyToAsync(bytes);
        Assert.Equal(asset.ContentSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray())));
        Assert.Equal(1, (await SearchAsync(data, "文案")).Total);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Starts a command, waits until the catalog shows <paramref name="when"/>, and kills it with SIGKILL.</summary>
    private static async Task<bool> StartAndKillAsync(string data, string[] arguments, Func<int, bool> when)
    {
        using var process = CliProcess.Start(arguments);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var catalog = new SqliteCatalog(Path.Combine(data, "catalog.db"));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(catalog.Database.DatabasePath))
            {
                try
                {
                    var summary = await catalog.Reader.GetSummaryAsync(CancellationToken.None);
                    if (when(summary.Processed))
                    {
                        process.Kill(entireProcessTree: true);
                        await process.WaitForExitAsync();
                        var after = await catalog.Reader.GetSummaryAsync(CancellationToken.None);
                        return after.Processed < ObjectCount;
                    }
                }
                catch (Core.Errors.CatalogException)
                {
                    // The child is still creating the schema.
                }
            }

            await Task.Delay(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return false;
    }

    private static async Task StartAndKillAfterAsync(string[] arguments, TimeSpan delay)
    {
        using var process = CliProcess.Start(arguments);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await Task.Delay(delay);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    private static async Task<(long Total, List<string> Keys)> SearchAsync(string data, string query)
    {
        var (code, output, error) = await CliProcess.RunAsync("search", query, "--json", "--limit", "500", "--data", data);
        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        var keys = json["hits"]!.AsArray().Select(h => (string)h!["key"]!).ToList();
        return ((long)json["total"]!, keys);
    }

    private static async Task FillStoreAsync(string root)
    {
        var store = new FileSystemObjectStore(root);
        await store.EnsureReadyAsync(CancellationToken.None);
        for (var i = 0; i < ObjectCount; i++)
        {
            var text = $"第{i}条文案：凌晨三点，宝宝又醒了，新手爸爸第{i % 17}次冲奶粉。";
            var metadata = new Dictionary<string, string> { ["client"] = $"client-{i % 5}" };
            await store.PutAsync($"copy/{i / 100:D2}/{i:D5}.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ObjectWriteOptions("text/plain", metadata), CancellationToken.None);
        }
    }

    private static async Task<List<AssetFingerprint>> SnapshotAsync(string data)
    {
        using var catalog = new SqliteCatalog(Path.Combine(data, "catalog.db"));
        var list = new List<AssetFingerprint>();
        await foreach (var a in catalog.Reader.ListAsync(AssetFilter.All, CancellationToken.None))
        {
            list.Add(new AssetFingerprint(a.Key, a.ETag, a.Size, a.ContentSha256, a.Kind, a.Format, a.Status, a.Metadata.Client));
        }

        return list;
    }

    private sealed record AssetFingerprint(string Key, string ETag, long Size, string? Sha256, AssetKind Kind, ContentFormat Format, AssetStatus Status, string? Client);
}
