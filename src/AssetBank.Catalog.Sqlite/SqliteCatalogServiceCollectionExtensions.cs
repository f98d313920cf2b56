using AssetBank.Catalog.Sqlite.Accounts;
using AssetBank.Catalog.Sqlite.Reuse;
using AssetBank.Catalog.Sqlite.Similarity;
using AssetBank.Core.Similarity;
using AssetBank.Core.Accounts;
using AssetBank.Catalog.Sqlite.Collections;
using AssetBank.Catalog.Sqlite.SavedSearches;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Reuse;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Sqlite;

public static class SqliteCatalogServiceCollectionExtensions
{
    /// <summary>The embedded catalog: one <see cref="SqliteDatabase"/> behind every catalog seam.</summary>
    public static IServiceCollection AddSqliteCatalog(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<SqliteCatalogOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<SqliteCatalogOptions>>()));
        services.AddSingleton<IAssetReader, SqliteAssetReader>();
        services.AddSingleton<IIngestionLedger, SqliteIngestionLedger>();
        services.AddSingleton<ITagEditStore, SqliteTagEditStore>();
        services.AddSingleton<ICatalogChangeFeed, SqliteCatalogChangeFeed>();
        services.AddSingleton<ICatalogMaintenance, SqliteCatalogMaintenance>();
        services.AddSingleton<ITagCache, SqliteTagCache>();
        services.AddSingleton<IReuseLedger, SqliteReuseLedger>();
        services.AddSingleton<IUserAccounts, SqliteUserAccounts>();
        services.AddSingleton<IAuditTrail, SqliteAuditTrail>();
        services.AddSingleton<IReferenceLibraries, SqliteReferenceLibraries>();
        services.AddSingleton<AssetBank.Core.Similarity.Audio.IReferenceTracks>(sp => (SqliteReferenceLibraries)sp.GetRequiredService<IReferenceLibraries>());
        services.AddSingleton<IAlarmStore, SqliteAlarmStore>();
        services.AddSingleton<AssetBank.Core.Similarity.Video.IReferenceVideos, Similarity.Video.SqliteReferenceVideos>();
        services.AddSingleton<ICollectionStore, SqliteCollectionStore>();
        services.AddSingleton<ISavedSearchStore, SqliteSavedSearchStore>();
        services.AddSingleton<IAssetWarnings, SqliteAssetWarnings>();
        services.AddSingleton<IExternalIdLookup, SqliteExternalIdLookup>();
        services.AddSingleton<AssetBank.Core.Rights.IRightsStore, Rights.SqliteRightsStore>();
        services.AddSingleton<IAssetMetadataEditor, SqliteAssetMetadataEditor>();
        services.AddSingleton<AssetBank.Core.Jobs.IIngestionJobs, Jobs.SqliteIngestionJobs>();
        return services;
    }
}
