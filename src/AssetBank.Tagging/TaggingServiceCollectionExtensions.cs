using System.ComponentModel.DataAnnotations;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Ingestion;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AssetBank.Tagging;

public static class TaggingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the taxonomy (loaded and validated once, at first use or start-up), the <see cref="LexiconTagger"/>, and
    /// <see cref="ITagger"/> as the lexicon tagger. An <see cref="ITextSegmenter"/> registered by the app is used by the lexicon
    /// tagger; <c>AddAssetBankLlmTagging</c> replaces <see cref="ITagger"/> when <see cref="TaggingOptions.Tagger"/> is Llm.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>Tagging</c> configuration section.</param>
    public static IServiceCollection AddAssetBankTagging(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<TaggingOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.Lexicon is not null && Validator.TryValidateObject(o.Lexicon, new ValidationContext(o.Lexicon), null, validateAllProperties: true),
                "Tagging:Lexicon has a value out of range (see LexiconOptions).")
            .Validate(
                o => o.TaxonomyPath is null || TaxonomyLoader.CheckFile(o.TaxonomyPath).Count == 0,
                "Tagging:TaxonomyPath names a missing or invalid taxonomy file (run `assetbank taxonomy check`).")
            .ValidateOnStart();
        services.TryAddSingleton(sp => TaxonomyLoader.LoadConfigured(sp.GetRequiredService<IOptions<TaggingOptions>>().Value.TaxonomyPath));
        services.TryAddSingleton(sp => new LexiconTagger(
            sp.GetRequiredService<Taxonomy>(),
            sp.GetRequiredService<IOptions<TaggingOptions>>().Value.Lexicon,
            sp.GetService<ITextSegmenter>()));
        services.TryAddSingleton<ITagger>(sp => sp.GetRequiredService<LexiconTagger>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionStage, TaggingStage>());
        services.TryAddSingleton<IAssetTagger, AssetTagger>();
        services.TryAddSingleton<ITaxonomyFiles, TaxonomyFiles>();
        return services;
    }
}
