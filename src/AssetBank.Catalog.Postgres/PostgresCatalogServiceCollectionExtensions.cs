using AssetBank.Catalog.Postgres.Accounts;
using AssetBank.Catalog.Postgres.Collections;
using AssetBank.Catalog.Postgres.Reuse;
using AssetBank.Catalog.Postgres.Rights;
using AssetBank.Catalog.Postgres.SavedSearches;
using AssetBank.Catalog.Postgres.Similarity;
using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Similarity;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Postgres;

public static class PostgresCatalogServiceCollectionExtensions
{
    /// <summary>
    /// The production catalog: one <see cref="PostgresDatabase"/> behind every catalog seam. Registered after the
    /// embedded catalog, it replaces each of its seams, so nothing opens the embedded file (only `catalog migrate`
    /// reads it, by path).
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
        services.Replace(ServiceDescriptor.Singleton<IReuseLedger, PostgresReuseLedger>());
        services.Replace(ServiceDescriptor.Singleton<IUserAccounts, PostgresUserAccounts>());
        services.Replace(ServiceDescriptor.Singleton<IAuditTrail, PostgresAuditTrail>());
        services.Replace(ServiceDescriptor.Singleton<IReferenceLibraries, PostgresReferenceLibraries>());
        services.Replace(ServiceDescriptor.Singleton<AssetBank.Core.Similarity.Audio.IReferenceTracks>(sp => (PostgresReferenceLibraries)sp.GetRequiredService<IReferenceLibraries>()));
        services.Replace(ServiceDescriptor.Singleton<IAlarmStore, PostgresAlarmStore>());
        services.Replace(ServiceDescriptor.Singleton<AssetBank.Core.Similarity.Video.IReferenceVideos, Similarity.Video.PostgresReferenceVideos>());
        services.Replace(ServiceDescriptor.Singleton<ICollectionStore, PostgresCollectionStore>());
        services.Replace(ServiceDescriptor.Singleton<ISavedSearchStore, PostgresSavedSearchStore>());
        services.Replace(ServiceDescriptor.Singleton<IRightsStore, PostgresRightsStore>());
        services.Replace(ServiceDescriptor.Singleton<IAssetMetadataEditor, PostgresAssetMetadataEditor>());
        return services;
    }
}
