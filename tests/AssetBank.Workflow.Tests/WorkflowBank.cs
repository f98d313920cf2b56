using System.Diagnostics;
using AssetBank.Application.Ingesting;
using AssetBank.Core.Storage;
using AssetBank.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AssetBank.Workflow.Tests;

/// <summary>
/// A bank in a scratch folder built through the same composition root as the CLI: real SQLite catalog, folder store,
/// search index and ffmpeg. Media is made with ffmpeg's lavfi sources at test time.
/// </summary>
public sealed class WorkflowBank : IAsyncDisposable
{
    private readonly bool _ownsRoot;

    private WorkflowBank(string root, ServiceProvider services, bool ownsRoot)
    {
        Root = root;
        Services = services;
        _ownsRoot = ownsRoot;
    }

    public string Root { get; }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new bank, or a second stack over <paramref name="root"/> (left in place when disposed).</summary>
    public static WorkflowBank Create(string? root = null, string lockName = "writer.lock")
    {
        var ownsRoot = root is null;
        root ??= Directory.CreateTempSubdirectory("assetbank-workflow-").FullName;
        var configuration = AssetBankConfiguration.Build(overrides: new Dictionary<string, string?>
        {
            [AssetBankConfiguration.DataRootKey] = root,
            ["Store:FileSystem:Root"] = Path.Combine(root, "store"),
            ["Catalog:Path"] = Path.Combine(root, "catalog.db"),
            ["Search:IndexPath"] = Path.Combine(root, "index"),
            ["Data:LockPath"] = Path.Combine(root, lockName),
        });
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
        services.AddAssetBank(configuration);
        return new WorkflowBank(root, services.BuildServiceProvider(), ownsRoot);
    }

    /// <summary>Puts <paramref name="content"/> at <paramref name="key"/> and ingests it.</summary>
    public async Task<IngestionReport> PutAndIngestAsync(string key, byte[] content, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using (var stream = new MemoryStream(content))
        {
            await Get<IObjectStore>().PutAsync(key, stream, new ObjectWriteOptions(Metadata: metadata), CancellationToken.None);
        }

        return await Get<IngestAssets>().RunAsync(new IngestionRequest(Keys: [key]), null, null, CancellationToken.None);
    }

    /// <summary>A 6 s H.264 video of three visibly different 2-second shots with a tone, made once per run.</summary>
    public static async Task<byte[]> ThreeShotVideoAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "assetbank-workflow-three-shots.mp4");
        if (!File.Exists(path))
        {
            // Test classes run in parallel in one process: each writes its own partial file and the last move wins.
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await FfmpegAsync(
                "-f", "lavfi", "-t", "2", "-i", "testsrc2=s=320x180:r=25",
                "-f", "lavfi", "-t", "2", "-i", "smptehdbars=s=320x180:r=25",
                "-f", "lavfi", "-t", "2", "-i", "color=c=#8b0000:s=320x180:r=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:d=6",
                "-filter_complex", "[0:v]format=yuv420p,setsar=1[a];[1:v]format=yuv420p,setsar=1[b];[2:v]format=yuv420p,setsar=1[c];[a][b][c]concat=n=3:v=1:a=0[v]",
                "-map", "[v]", "-map", "3:a", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-f", "mp4", partial);
            File.Move(partial, path, overwrite: true);
        }

        return await File.ReadAllBytesAsync(path);
    }

    public static async Task FfmpegAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-hide_banner", "-nostdin", "-loglevel", "error", "-y" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "ffmpeg failed: " + error);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsRoot)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Root, recursive: true);
        }
    }
}
