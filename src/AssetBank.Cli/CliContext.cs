using AssetBank.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Cli;

/// <summary>Builds the services for one command from configuration plus the global command-line options.</summary>
internal static class CliContext
{
    public static ServiceProvider BuildServices(string? configFile, string? dataFolder)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(dataFolder))
        {
            overrides["Store:FileSystem:Root"] = Path.Combine(dataFolder, "store");
            overrides["Catalog:Path"] = Path.Combine(dataFolder, "catalog.db");
        }

        var configuration = AssetBankConfiguration.Build(configFile, overrides);
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
