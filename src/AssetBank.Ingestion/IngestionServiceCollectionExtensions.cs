using AssetBank.Core.Ingestion;
using AssetBank.Ingestion.Detection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The first stage (detection), which also refuses unknown content from its first bytes before it is copied.</summary>
    public static IServiceCollection AddAssetBankDetection(this IServiceCollection services)
    {
        services.TryAddSingleton<DetectStage>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionStage, DetectStage>(sp => sp.GetRequiredService<DetectStage>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentPrecheck, DetectStage>(sp => sp.GetRequiredService<DetectStage>()));
        return services;
    }
}
