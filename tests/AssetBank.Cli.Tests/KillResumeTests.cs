using AssetBank.Catalog.Sqlite;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Storage;
using AssetBank.Storage.FileSystem;

namespace AssetBank.Cli.Tests;

/// <summary>
/// kill -9 at any moment, then a re-run, gives the same catalog as one clean run: no duplicates, nothing lost.
/// </summary>
public sealed class KillResumeTests : IDisposable
{
    private const int ObjectCount = 1200;
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-kill-").FullName;

    [Fact]
    public async Task A_killed_ingest_resumes_to_the_same_catalog_as_a_clean_run()
    {
        var clean = Path.Combine(_folder, "clean");
        await FillStoreAsync(Path.Combine(clean, "store"));
        var (code, _, error) = await CliProcess.RunAsync("ingest", "--data", clean);
        Assert.True(code == 0, error);
        var expected = await SnapshotAsync(clean);
        Assert.Equal(ObjectCount, expected.Count(a => a.Status == AssetStatus.Processed));

        var killedDuringRun = false;
        var killed = string.Empty;
        for (var attempt = 0; attempt < 3 && !killedDuringRun; attempt++)
        {
            killed = Path.Combine(_folder, $"killed-{attempt}");
            await FillStoreAsync(Path.Combine(killed, "store"));
            killedDuringRun = await StartAndKillMidRunAsync(killed, killAfterProcessed: 50 + (attempt * 200));
        }

        Assert.True(killedDuringRun, "the ingest finished before it could be killed; the test proved nothing");
        var (resumeCode, _, resumeError) = await CliProcess.RunAsync("ingest", "--data", killed);
        Assert.True(resumeCode == 0, resumeError);
        var actual = await SnapshotAsync(killed);

        Assert.Equal(expected, actual);
        Assert.Equal(actual.Count, actual.Select(a => a.Key).Distinct().Count());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Starts an ingest, waits until some items are committed, and kills it with SIGKILL.</summary>
    private static async Task<bool> StartAndKillMidRunAsync(string data, int killAfterProcessed)
    {
        using var process = CliProcess.Start("ingest", "--data", data);
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
                    if (summary.Processed >= killAfterProcessed)
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

            await Task.Delay(10);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return false;
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
