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
    public static ServiceProvider BuildServices(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(GlobalOptions.Data) is { Length: > 0 } dataFolder)
        {
            overrides["Store:FileSystem:Root"] = Path.Combine(dataFolder, "store");
            overrides["Catalog:Path"] = Path.Combine(dataFolder, "catalog.db");
            overrides["Search:IndexPath"] = Path.Combine(dataFolder, "index");
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
}
