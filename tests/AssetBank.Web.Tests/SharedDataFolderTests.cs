using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AssetBank.Application.Searching;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Search;
using AssetBank.Core.Storage;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>The API and the CLI on one data folder, and the API stopping mid-work: nothing lost, nothing twice, no crash.</summary>
public sealed class SharedDataFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-shared-").FullName;

    [Fact]
    public async Task Stopping_the_api_during_a_webhook_ingest_loses_nothing_and_the_next_run_completes_it()
    {
        var keys = await FillAsync("hook", 150);
        using (var factory = new ApiFactory(folder: _folder))
        {
            using var client = Client(factory);
            var response = await client.PostAsync("/api/notifications/minio", Events(keys));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var reader = factory.Services.GetRequiredService<IAssetReader>();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await reader.GetSummaryAsync(CancellationToken.None)).Processed < 5)
            {
                Assert.True(DateTime.UtcNow < deadline, "the webhook ingest never started");
                await Task.Delay(20);
            }
        }

        // A new host on the same folder: the notifications are gone with the old one, a full ingest finds the rest.
        using var again = new ApiFactory(folder: _folder);
        await again.Services.GetRequiredService<Application.Ingesting.IngestAssets>()
            .RunAsync(Application.Ingesting.IngestionRequest.Everything, null, null, CancellationToken.None);
        var summary = await again.Services.GetRequiredService<IAssetReader>().GetSummaryAsync(CancellationToken.None);
        Assert.Equal(keys.Count, summary.Processed);
        Assert.Equal(0, summary.Pending);
        Assert.Equal(keys.Count, await TotalAsync(again, "文案"));
    }

    [Fact]
    public async Task A_cli_ingest_while_the_api_ingests_notified_keys_leaves_one_consistent_bank()
    {
        var cliKeys = await FillAsync("cli", 200);
        var hookKeys = await FillAsync("hook", 40);
        using var factory = new ApiFactory(folder: _folder);
        using var client = Client(factory);

        var cli = RunCliAsync("ingest", "--prefix", "cli/", "--data", _folder);
        var response = await client.PostAsync("/api/notifications/minio", Events(hookKeys));
        var (code, error) = await cli;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(code == 0, error);
        var reader = factory.Services.GetRequiredService<IAssetReader>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await reader.GetSummaryAsync(CancellationToken.None)).Processed < cliKeys.Count + hookKeys.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the notified keys were not ingested");
            await Task.Delay(50);
        }

        var all = new List<Asset>();
        await foreach (var asset in reader.ListAsync(AssetFilter.All, CancellationToken.None))
        {
            all.Add(asset);
        }

        Assert.Equal(cliKeys.Count + hookKeys.Count, all.Count);
        Assert.All(all, a => Assert.Equal(AssetStatus.Processed, a.Status));
        Assert.Equal(all.Count, await TotalAsync(factory, "文案"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<List<string>> FillAsync(string prefix, int count)
    {
        var store = new FileSystemObjectStore(Path.Combine(_folder, "store"));
        await store.EnsureReadyAsync(CancellationToken.None);
        var keys = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}/{i:D4}.txt";
            var text = $"{prefix} 第{i}条文案：编号{i * 7919 % 10007}，凌晨{i % 24}点，宝宝又醒了。";
            await store.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(text)), ObjectWriteOptions.Default, CancellationToken.None);
            keys.Add(key);
        }

        return keys;
    }

    private static async Task<long> TotalAsync(ApiFactory factory, string text)
    {
        var outcome = await factory.Services.GetRequiredService<SearchAssets>()
            .SearchAsync(new SearchQuery { Text = text, PageSize = 1 }, CancellationToken.None);
        return outcome.Results.TotalHits;
    }

    private static HttpClient Client(ApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.AuthToken);
        return client;
    }

    private static StringContent Events(IEnumerable<string> keys)
    {
        var records = keys.Select(k => new Dictionary<string, object>
        {
            ["eventName"] = "s3:ObjectCreated:Put",
            ["s3"] = new Dictionary<string, object>
            {
                ["bucket"] = new Dictionary<string, object> { ["name"] = "assetbank" },
                ["object"] = new Dictionary<string, object> { ["key"] = Uri.EscapeDataString(k) },
            },
        });
        return new StringContent(JsonSerializer.Serialize(new { Records = records }), Encoding.UTF8, "application/json");
    }

    /// <summary>Runs the real CLI built beside this repository (the test command builds the whole solution first).</summary>
    private static async Task<(int ExitCode, string Error)> RunCliAsync(params string[] arguments)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AssetBank.sln")))
        {
            root = root.Parent;
        }

        var cli = Path.Combine(root?.FullName ?? throw new InvalidOperationException("AssetBank.sln not found above the test folder"), "src", "AssetBank.Cli", "bin", "Release", "net10.0", "assetbank.dll");
        Assert.True(File.Exists(cli), $"build the CLI first: {cli}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await error);
    }
}
