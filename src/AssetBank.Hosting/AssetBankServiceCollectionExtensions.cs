using AssetBank.Application;
using AssetBank.Application.Writing;
using AssetBank.Catalog.Postgres;
using AssetBank.Catalog.Postgres.Migration;
using AssetBank.Catalog.Sqlite;
using AssetBank.Core.CatalogMigration;
using AssetBank.Extraction;
using AssetBank.Ingestion;
using AssetBank.Media;
using AssetBank.Search;
using AssetBank.Similarity;
using AssetBank.Storage.FileSystem;
using AssetBank.Storage.Minio;
using AssetBank.Tagging.Llm;
using AssetBank.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        if (CatalogProviderOf(configuration) == CatalogProvider.Postgres)
        {
            services.AddPostgresCatalog(configuration.GetSection(PostgresCatalogOptions.SectionName));
            services.PostConfigure<AssetBank.Application.Jobs.JobOptions>(o => o.QueueIngestion = true);
        }

        services.AddSingleton<ICatalogMigrator>(sp => new EmbeddedToPostgresMigrator(
            sp.GetRequiredService<IOptions<SqliteCatalogOptions>>().Value.Path,
            sp.GetRequiredService<SqliteDatabase>().InitializeAsync));

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
        services.AddAssetBankSimilarity(configuration);
        // The index and the writer lock live beside the catalog unless configured: the catalog is what one writer owns.
        string? CatalogFolder() => configuration["Catalog:Path"] is { Length: > 0 } catalog ? Path.GetDirectoryName(Path.GetFullPath(catalog)) : null;
        services.PostConfigure<WriterLockOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(configuration["Data:LockPath"]) && CatalogFolder() is { } catalogFolder)
            {
                o.LockPath = Path.Combine(catalogFolder, "writer.lock");
            }
        });
        services.PostConfigure<SearchOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(configuration["Search:IndexPath"]) && CatalogFolder() is { } catalogFolder)
            {
                o.IndexPath = Path.Combine(catalogFolder, "index");
            }
        });
        return services;
    }

    /// <summary><c>Catalog:Provider</c>: Sqlite (the default when unset) or Postgres.</summary>
    public static CatalogProvider CatalogProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Catalog:Provider"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return CatalogProvider.Sqlite;
        }

        return Enum.TryParse<CatalogProvider>(configured, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Configuration Catalog:Provider = '{configured}' is not one of: {string.Join(", ", Enum.GetNames<CatalogProvider>())}.");
    }
}
