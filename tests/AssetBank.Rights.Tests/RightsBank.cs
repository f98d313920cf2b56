using AssetBank.Application.Ingesting;
using AssetBank.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Rights.Tests;

/// <summary>
/// A whole bank in a temporary data folder, built through the same composition root as the CLI: folder store, SQLite
/// catalog, Lucene index, lexicon tagger. Its clock is fixed at <see cref="Today"/>.
/// </summary>
internal sealed class RightsBank : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 12, 7);

    private RightsBank(string root)
    {
        Root = root;
        Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var configuration = AssetBankConfiguration.Build(null, new Dictionary<string, string?>
        {
            [AssetBankConfiguration.DataRootKey] = root,
            ["Store:FileSystem:Root"] = Path.Combine(root, "store"),
            ["Catalog:Path"] = Path.Combine(root, "catalog.db"),
            ["Search:IndexPath"] = Path.Combine(root, "index"),
            ["Data:LockPath"] = Path.Combine(root, "writer.lock"),
            ["Reuse:Approvers:0:Name"] = "张总",
            ["Reuse:Approvers:0:Role"] = "leadership",
            ["Reuse:Approvers:1:Name"] = "李策略",
            ["Reuse:Approvers:1:Role"] = "strategist",
        });
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLogging();
        services.AddAssetBank(configuration);
        Services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public FixedClock Clock { get; }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A bank holding the given text objects (key → text), ingested.</summary>
    public static async Task<RightsBank> CreateAsync(params (string Key, string Text)[] objects)
    {
        var root = Path.Combine(Path.GetTempPath(), "assetbank-rights-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, text) in objects)
        {
            var path = Path.Combine(root, "store", key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        var bank = new RightsBank(root);
        await bank.Get<IngestAssets>().RunAsync(IngestionRequest.Everything, null, null, CancellationToken.None);
        return bank;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS: the temp folder is cleaned later.
        }
    }
}
