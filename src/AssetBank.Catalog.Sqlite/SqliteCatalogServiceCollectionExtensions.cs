using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Sqlite;

public static class SqliteCatalogServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteCatalog(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<SqliteCatalogOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteAssetCatalog>(sp => new SqliteAssetCatalog(sp.GetRequiredService<IOptions<SqliteCatalogOptions>>()));
        services.AddSingleton<IAssetCatalog>(sp => sp.GetRequiredService<SqliteAssetCatalog>());
        services.AddSingleton<ITagCache, SqliteTagCache>();
        return services;
    }
}
