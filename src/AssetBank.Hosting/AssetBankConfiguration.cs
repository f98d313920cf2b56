using Microsoft.Extensions.Configuration;

namespace AssetBank.Hosting;

/// <summary>
/// Configuration sources, later ones winning: built-in defaults (derived from the data folder), <c>appsettings.json</c>
/// beside the program, <c>appsettings.json</c> in the working directory, an explicit file, <c>ASSETBANK__*</c>
/// environment variables (<c>ASSETBANK__STORE__PROVIDER=Minio</c>), then command-line overrides.
/// </summary>
/// <remarks>
/// The data folder is <c>Data:Root</c> when set (<c>--data</c>); otherwise the nearest <c>data/</c> holding a catalog in
/// the working directory or one of its parents (so <c>dotnet run --project src/AssetBank.Web</c> finds the bank that
/// <c>./run.sh</c> filled), otherwise <c>./data</c>. The store, catalog, index and writer lock live inside it unless
/// configured one by one; the index and the writer lock default to the catalog's folder.
/// </remarks>
public static class AssetBankConfiguration
{
    public const string EnvironmentPrefix = "ASSETBANK__";
    public const string DataRootKey = "Data:Root";

    public static IConfigurationRoot Build(string? configFile = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var overrideList = overrides?.ToList() ?? [];
        var configured = Sources(new ConfigurationBuilder(), configFile, overrideList).Build();
        var root = ResolveDataRoot(configured[DataRootKey], Directory.GetCurrentDirectory());
        var defaults = new Dictionary<string, string?>
        {
            [DataRootKey] = root,
            ["Store:Provider"] = nameof(StoreProvider.FileSystem),
            ["Store:FileSystem:Root"] = Path.Combine(root, "store"),
            ["Catalog:Path"] = Path.Combine(root, "catalog.db"),
        };
        return Sources(new ConfigurationBuilder().AddInMemoryCollection(defaults), configFile, overrideList).Build();
    }

    /// <summary>The data folder, absolute: the configured one, else the nearest existing bank upwards, else <c>./data</c>.</summary>
    public static string ResolveDataRoot(string? configured, string workingDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, workingDirectory);
        }

        for (var folder = new DirectoryInfo(workingDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "catalog.db")))
            {
                return candidate;
            }
        }

        return Path.Combine(workingDirectory, "data");
    }

    private static IConfigurationBuilder Sources(IConfigurationBuilder builder, string? configFile, List<KeyValuePair<string, string?>> overrides)
    {
        builder
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (!string.IsNullOrWhiteSpace(configFile))
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides.Count > 0)
        {
            builder.AddInMemoryCollection(overrides);
        }

        return builder;
    }
}
