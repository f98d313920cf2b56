using AssetBank.Core.Ingestion;
using AssetBank.Ingestion.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The pipeline with its first stage (detection); later stages register more <see cref="IIngestionStage"/>s.</summary>
    public static IServiceCollection AddAssetBankIngestion(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<IngestionOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionStage, DetectStage>());
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<AssetUploader>();
        return services;
    }
}
