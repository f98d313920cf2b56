using System.Net;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.Minio;

public static class MinioServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IObjectStore"/> as an S3 bucket reached with the Minio SDK.</summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The section holding <see cref="MinioStoreOptions"/> (Endpoint, AccessKey, SecretKey, Bucket, ...).</param>
    /// <remarks>
    /// Options are validated when the host starts. Reachability is not: call <see cref="IObjectStore.EnsureReadyAsync"/>
    /// at start-up to check the endpoint, the credentials and the bucket (and create it when configured).
    /// </remarks>
    public static IServiceCollection AddMinioObjectStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MinioStoreOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MinioStoreOptions>, MinioStoreOptionsValidator>());

        services.AddHttpClient(MinioObjectStore.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<MinioStoreOptions>>().Value;
                return new SocketsHttpHandler
                {
                    ConnectTimeout = options.ConnectTimeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),

                    // Object bytes are returned exactly as stored, whatever Content-Encoding they were given.
                    AutomaticDecompression = DecompressionMethods.None,
                    AllowAutoRedirect = false,
                };
            })
            .AddHttpMessageHandler(() => new DuplicateContentTypeHandler())

            // The store keeps its client for its lifetime; PooledConnectionLifetime already refreshes DNS.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<MinioObjectStore>();
        services.TryAddSingleton<IObjectStore>(provider => provider.GetRequiredService<MinioObjectStore>());
        return services;
    }
}
