using AssetBank.Application;
using AssetBank.Application.Writing;
using AssetBank.Catalog.Sqlite;
using AssetBank.Extraction;
using AssetBank.Ingestion;
using AssetBank.Media;
using AssetBank.Search;
using AssetBank.Storage.FileSystem;
using AssetBank.Storage.Minio;
using AssetBank.Tagging.Llm;
using AssetBank.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Hosting;

/// <summary>The one composition root: picks the embedded or production backends from configuration.</summary>
public static class AssetBankServiceCollectionExtensions
{
    public static IServiceCollection AddAssetBank(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Store:Provider"];
        if (!Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var store))
        {
            throw new InvalidOperationException(
                $"Configuration Store:Provider = '{provider}' is not one of: {string.Join(", ", Enum.GetNames<StoreProvider>())}.");
        }

        switch (store)
        {
            case StoreProvider.FileSystem:
                services.AddFileSystemObjectStore(configuration.GetSection("Store:FileSystem"));
                break;
            case StoreProvider.Minio:
                services.AddMinioObjectStore(configuration.GetSection("Store:Minio"));
                break;
        }

        services.AddSqliteCatalog(configuration.GetSection(SqliteCatalogOptions.SectionName));
        services.AddAssetBankApplication(configuration);
        services.AddAssetBankDetection();
        services.AddAssetBankMedia(configuration);
        services.AddAssetBankExtraction(configuration);
        services.AddAssetBankTagging(configuration.GetSection(TaggingOptions.SectionName));
        if (string.Equals(configuration["Tagging:Tagger"], nameof(TaggerKind.Llm), StringComparison.OrdinalIgnoreCase))
        {
            services.AddAssetBankLlmTagging(configuration.GetSection("Tagging:Llm"));
        }

        services.AddAssetBankSearch(configuration);
        services.PostConfigure<WriterLockOptions>(o =>
        {
            // Beside the catalog when not configured: the catalog is what one writer must own.
            if (string.IsNullOrWhiteSpace(configuration["Data:LockPath"]) && configuration["Catalog:Path"] is { Length: > 0 } catalog)
            {
                o.LockPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalog)) ?? ".", "writer.lock");
            }
        });
        return services;
    }
}
