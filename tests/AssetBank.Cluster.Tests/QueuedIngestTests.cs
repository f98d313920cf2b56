using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Core.Jobs;
using AssetBank.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cluster.Tests;

/// <summary>On a PostgreSQL bank <c>ingest</c> and web uploads queue jobs: the backlog at normal priority, an upload above it.</summary>
[Collection(nameof(ClusterIngestTests))]
public sealed class QueuedIngestTests
{
    [SkippableFact]
    public async Task Ingest_enqueue_only_queues_one_pending_job_per_object_that_a_worker_then_processes()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteImagesAsync("images", 12);
        await bank.WriteClipsAsync("clips", 2);

        var queued = await bank.Bank.RunOkAsync("ingest", "--enqueue-only");

        Assert.Contains("已列举 14 · 新排队 14", queued, StringComparison.Ordinal);
        Assert.Equal(14, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'queued' AND priority = 0"));
        Assert.Equal(14, await bank.CountAsync("SELECT count(*) FROM assets WHERE status = 'pending'"));
        Assert.Equal(0, await bank.CountAsync("SELECT count(*) FROM assets WHERE status <> 'pending'"));

        var output = await bank.StartWorker("w1").ExitAsync();

        Assert.Contains("done (attempt 1)", output, StringComparison.Ordinal);
        Assert.Equal(14, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(14, await bank.CountAsync("SELECT count(*) FROM assets WHERE status = 'processed'"));
    }

    [SkippableFact]
    public async Task Plain_ingest_on_postgres_queues_its_objects_and_works_them_in_its_own_process()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteImagesAsync("images", 5);

        var output = await bank.Bank.RunOkAsync("ingest", "--slots", "2");

        Assert.Contains("新排队 5", output, StringComparison.Ordinal);
        Assert.Contains("完成 5 ·", output, StringComparison.Ordinal);
        Assert.Equal(5, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(5, await bank.CountAsync("SELECT count(*) FROM assets WHERE status = 'processed'"));
        Assert.Contains("新排队 0", await bank.Bank.RunOkAsync("ingest"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_web_upload_on_postgres_lands_as_a_high_priority_job_that_overtakes_the_backlog()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteImagesAsync("backlog", 20);
        await bank.Bank.RunOkAsync("ingest", "--enqueue-only");
        var picture = Path.Combine(bank.Root, "fresh");
        await ClusterBank.WriteImagesToAsync(picture, 1, "96x96");
        await using var services = Services(bank);

        ReceivedFile received;
        await using (var content = File.OpenRead(Path.Combine(picture, "img001.png")))
        {
            received = await services.GetRequiredService<ReceiveUpload>().ReceiveAsync(
                new IncomingFile("夜醒.png", null, content), new AssetMetadata { Client = "安稚", Project = "夜醒" }, "producer-a", null, CancellationToken.None);
        }

        Assert.Null(received.Problem);
        Assert.Equal(AssetStatus.Pending, received.Status);
        Assert.Equal(1, await bank.CountAsync($"SELECT count(*) FROM jobs WHERE key = '{received.Key}' AND state = 'queued' AND priority = 10"));
        var first = Assert.Single(await services.GetRequiredService<IIngestionJobs>().ClaimAsync("test", 1, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(received.Key, first.Key);
    }

    private static ServiceProvider Services(ClusterBank bank)
    {
        var data = Path.Combine(bank.Root, "data");
        var configuration = AssetBankConfiguration.Build(null, new Dictionary<string, string?>
        {
            [AssetBankConfiguration.DataRootKey] = data,
            ["Store:FileSystem:Root"] = bank.Store,
            ["Search:IndexPath"] = Path.Combine(data, "index"),
            ["Data:LockPath"] = Path.Combine(data, "writer.lock"),
            ["Catalog:Provider"] = "Postgres",
            ["Catalog:Postgres:ConnectionString"] = bank.Database,
        });
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddAssetBank(configuration);
        return services.BuildServiceProvider();
    }
}
