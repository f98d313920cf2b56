using System.CommandLine;
using AssetBank.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Cli;

/// <summary>Builds the services for one command from configuration plus the global command-line options.</summary>
internal static class CliContext
{
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

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
