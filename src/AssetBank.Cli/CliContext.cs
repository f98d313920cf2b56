using System.CommandLine;
using AssetBank.Core.Errors;
using AssetBank.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Cli;

/// <summary>Builds the services for one command from configuration plus the global command-line options.</summary>
internal static class CliContext
{
    /// <summary>Commands that only read the bank: where no bank exists they say so instead of creating an empty one.</summary>
    private static readonly HashSet<string> ReadOnlyCommands = new(StringComparer.Ordinal)
    {
        "search", "status", "check", "tags show", "project show", "project ledger", "report reuse",
        "collections show", "collections list", "collections open", "collections export", "searches list", "searches run",
    };

    /// <summary>Commands that never open the bank (they work on files given on the command line).</summary>
    private static readonly HashSet<string> BanklessCommands = new(StringComparer.Ordinal)
    {
        "analyze", "tag", "taxonomy check", "taxonomy show", "similarity match",
    };

    /// <summary>Tells the user once that a write waits for another process, and which.</summary>
    public static IProgress<string> Waiting { get; } = new SynchronousProgress(holder =>
        Console.Error.WriteLine($"等待写入：数据目录正由{holder}写入… (waiting for the other writer to finish)"));

    public static ServiceProvider BuildServices(ParseResult parse, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Data:ProcessLabel"] = "assetbank " + parse.CommandResult.Command.Name,
        };
        if (parse.GetValue(GlobalOptions.Data) is { Length: > 0 } dataFolder)
        {
            var root = Path.GetFullPath(dataFolder);
            overrides[AssetBankConfiguration.DataRootKey] = root;
            overrides["Store:FileSystem:Root"] = Path.Combine(root, "store");
            overrides["Catalog:Path"] = Path.Combine(root, "catalog.db");
            overrides["Search:IndexPath"] = Path.Combine(root, "index");
            overrides["Data:LockPath"] = Path.Combine(root, "writer.lock");
        }

        foreach (var setting in parse.GetValue(GlobalOptions.Set) ?? [])
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--set '{setting}' is not KEY=VALUE (e.g. --set Store:Provider=Minio)");
            }

            overrides[setting[..equals].Trim()] = setting[(equals + 1)..];
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var configuration = AssetBankConfiguration.Build(parse.GetValue(GlobalOptions.Config), overrides);
        AnnounceBank(CommandPath(parse.CommandResult.Command), configuration);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Logs go to stderr so that stdout stays the command's own output (tables, JSON).
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddAssetBank(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetService<IStartupValidator>()?.Validate();
        return provider;
    }

    /// <summary>
    /// Says on stderr which bank a command opens when it is not <c>./data</c>, and that a new empty one is being created
    /// (and where); refuses a read-only command where there is no bank instead of creating an empty one there.
    /// </summary>
    private static void AnnounceBank(string command, IConfiguration configuration)
    {
        if (BanklessCommands.Contains(command) || configuration["Catalog:Path"] is not { Length: > 0 } catalog)
        {
            return;
        }

        // A PostgreSQL catalog has no file here to look for: the database answers for itself on first use.
        if (AssetBankServiceCollectionExtensions.CatalogProviderOf(configuration) == CatalogProvider.Postgres)
        {
            return;
        }

        var catalogPath = Path.GetFullPath(catalog);
        var folder = configuration[AssetBankConfiguration.DataRootKey] is { Length: > 0 } root ? Path.GetFullPath(root) : Path.GetDirectoryName(catalogPath)!;
        if (!File.Exists(catalogPath))
        {
            // A store with objects (or a writer at work) but no catalog yet is a bank being built, not a missing one.
            var storeRoot = configuration["Store:FileSystem:Root"];
            var hasStore = string.Equals(configuration["Store:Provider"], "FileSystem", StringComparison.OrdinalIgnoreCase)
                && storeRoot is { Length: > 0 } && Directory.Exists(storeRoot) && Directory.EnumerateFileSystemEntries(storeRoot).Any();
            var lockPath = configuration["Data:LockPath"] is { Length: > 0 } configuredLock ? configuredLock : Path.Combine(Path.GetDirectoryName(catalogPath)!, "writer.lock");
            if (hasStore || File.Exists(lockPath))
            {
                Console.Error.WriteLine($"资产库: {folder}（尚无目录库，从存储建立 / no catalog yet: it is built from the store）");
                return;
            }

            if (ReadOnlyCommands.Contains(command))
            {
                throw new RequestRejectedException(
                    $"资产库 {folder}",
                    $"这里没有资产库 (no bank here: {catalogPath} does not exist); run from the folder that holds data/, pass --data DIR, or fill a new bank with `assetbank upload` or `assetbank ingest`");
            }

            Console.Error.WriteLine($"新建空资产库: {folder} (no bank found; creating a new empty one here)");
            return;
        }

        if (!string.Equals(folder, Path.Combine(Directory.GetCurrentDirectory(), "data"), StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"资产库: {folder}");
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
