using Microsoft.Extensions.Configuration;

namespace AssetBank.Hosting;

/// <summary>
/// Configuration sources, later ones winning: built-in defaults, <c>appsettings.json</c> beside the program,
/// <c>appsettings.json</c> in the working directory, an explicit file, <c>ASSETBANK__*</c> environment variables
/// (<c>ASSETBANK__STORE__PROVIDER=Minio</c>), then command-line overrides.
/// </summary>
public static class AssetBankConfiguration
{
    public const string EnvironmentPrefix = "ASSETBANK__";

    public static IConfigurationRoot Build(string? configFile = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = nameof(StoreProvider.FileSystem),
                ["Store:FileSystem:Root"] = "data/store",
                ["Catalog:Path"] = "data/catalog.db",
            })
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (!string.IsNullOrWhiteSpace(configFile))
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        return builder.Build();
    }
}
