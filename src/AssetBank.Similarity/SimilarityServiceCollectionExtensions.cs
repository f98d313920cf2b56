using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Audio;
using AssetBank.Similarity.Audio;
using AssetBank.Similarity.Copy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Similarity;

public static class SimilarityServiceCollectionExtensions
{
    /// <summary>Registers the image, copy and audio similarity engines with their options from <c>Similarity:Image</c>, <c>Similarity:Copy</c> and <c>Similarity:Audio</c> (validated at start-up).</summary>
    public static IServiceCollection AddAssetBankSimilarity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ImageSimilarityOptions>()
            .Bind(configuration.GetSection(ImageSimilarityOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.InliersAt85 > o.ChanceInliers, "Similarity:Image:InliersAt85 must be above ChanceInliers.")
            .Validate(o => o.HashDistanceAt50 > o.HashDistanceAt85, "Similarity:Image:HashDistanceAt50 must be above HashDistanceAt85.")
            .ValidateOnStart();
        services.TryAddSingleton<IImageSimilarity, ImageSimilarityEngine>();
        services.AddOptions<CopySimilarityOptions>()
            .Bind(configuration.GetSection(CopySimilarityOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ICopySimilarity, CopySimilarityEngine>();
        services.AddOptions<AudioSimilarityOptions>()
            .Bind(configuration.GetSection(AudioSimilarityOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.BitErrorAt50 > o.BitErrorAt85, "Similarity:Audio:BitErrorAt50 must be above BitErrorAt85.")
            .ValidateOnStart();
        services.TryAddSingleton<IAudioSimilarity, AudioSimilarityEngine>();
        return services;
    }
}
