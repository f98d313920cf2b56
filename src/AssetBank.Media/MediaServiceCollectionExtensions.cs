using System.ComponentModel.DataAnnotations;
using AssetBank.Core.Collections;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Audio;
using AssetBank.Media.Audio;
using AssetBank.Media.Images;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Registers media extraction: options from the <c>Media</c> section (validated at start-up), the process runner,
    /// <see cref="IMediaAnalyzer"/>, the <see cref="IPictureDecoder"/> and <see cref="IAudioFingerprinter"/> similarity uses, and <see cref="MediaStage"/> as an <see cref="IIngestionStage"/>. Needs an
    /// <see cref="Core.Storage.IObjectStore"/> and logging from the host. <see cref="IMediaAnalysisSink"/>s are optional.
    /// </summary>
    public static IServiceCollection AddAssetBankMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.SceneCertainThreshold >= o.SceneThreshold, "Media:SceneCertainThreshold must not be below Media:SceneThreshold.")
            .Validate(o => Validator.TryValidateObject(o.Ocr, new ValidationContext(o.Ocr), null, validateAllProperties: true), "Media:Ocr holds a value out of range.")
            .ValidateOnStart();

        services.TryAddSingleton<IProcessRunner, ProcessRunner>();
        services.TryAddSingleton<IMediaAnalyzer, MediaAnalyzer>();
        services.TryAddSingleton<IPictureDecoder, PictureDecoder>();
        services.TryAddSingleton<IPicturePreview, PicturePreview>();
        services.TryAddSingleton<IAudioFingerprinter, ChromaprintFingerprinter>();
        services.TryAddSingleton<IClipCutter, FfmpegClipCutter>();
        services.TryAddSingleton<AssetBank.Core.Similarity.Video.IVideoFrameSampler, Video.VideoFrameSampler>();
        services.TryAddSingleton<MediaCheckpoints>();
        services.AddSingleton<MediaStage>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionStage, MediaStage>(sp => sp.GetRequiredService<MediaStage>()));
        return services;
    }
}
