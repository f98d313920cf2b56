using AssetBank.Core.Ingestion;
using AssetBank.Extraction.Kol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers content extraction: <see cref="ExtractionOptions"/> from the <c>Extraction</c> section and
    /// <see cref="KolScoreOptions"/> from <c>Extraction:KolScore</c> (both validated at start-up),
    /// <see cref="IContentExtractor"/>, and <see cref="ExtractionStage"/> as an <see cref="IIngestionStage"/>.
    /// Needs logging from the host.
    /// </summary>
    public static IServiceCollection AddAssetBankExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ExtractionOptions>()
            .Bind(configuration.GetSection(ExtractionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<KolScoreOptions>()
            .Bind(configuration.GetSection(KolScoreOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.FollowerWeight + o.VerticalWeight + o.PriceWeight > 0, "Extraction:KolScore: at least one weight must be above 0.")
            .Validate(o => o.FollowerCeiling > o.FollowerFloor, "Extraction:KolScore:FollowerCeiling must be above FollowerFloor.")
            .Validate(o => o.WaistThreshold <= o.HeadThreshold, "Extraction:KolScore:WaistThreshold must not be above HeadThreshold.")
            .ValidateOnStart();

        services.TryAddSingleton<IContentExtractor, ContentExtractor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionStage, ExtractionStage>());
        services.TryAddSingleton<Core.Extraction.ITableFileReader, Tables.TableFileReader>();
        services.TryAddSingleton<Core.Extraction.IDocumentTextReader, Documents.DocumentTextReader>();
        return services;
    }
}
