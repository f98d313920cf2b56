using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Postgres;

public static class PostgresCatalogServiceCollectionExtensions
{
    /// <summary>
    /// The production catalog: one <see cref="PostgresDatabase"/> behind the asset, ingestion, tagging and change-feed
    /// seams. Registered after the embedded catalog, it replaces those seams and leaves the others where they are.
    /// </summary>
    public static IServiceCollection AddPostgresCatalog(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<PostgresCatalogOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<PostgresCatalogOptions>>()));
        services.Replace(ServiceDescriptor.Singleton<IAssetReader, PostgresAssetReader>());
        services.Replace(ServiceDescriptor.Singleton<IIngestionLedger, PostgresIngestionLedger>());
        services.Replace(ServiceDescriptor.Singleton<ITagEditStore, PostgresTagEditStore>());
        services.Replace(ServiceDescriptor.Singleton<ICatalogChangeFeed, PostgresCatalogChangeFeed>());
        services.Replace(ServiceDescriptor.Singleton<ICatalogMaintenance, PostgresCatalogMaintenance>());
        services.Replace(ServiceDescriptor.Singleton<ITagCache, PostgresTagCache>());
        services.Replace(ServiceDescriptor.Singleton<IAssetWarnings, PostgresAssetWarnings>());
        services.Replace(ServiceDescriptor.Singleton<IExternalIdLookup, PostgresExternalIdLookup>());
        services.Replace(ServiceDescriptor.Singleton<AssetBank.Core.Jobs.IIngestionJobs, Jobs.PostgresIngestionJobs>());
        services.Replace(ServiceDescriptor.Singleton<IAssetMetadataEditor, PostgresAssetMetadataEditor>());
        return services;
    }
}
