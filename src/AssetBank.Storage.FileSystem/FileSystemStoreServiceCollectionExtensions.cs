using AssetBank.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.FileSystem;

public static class FileSystemStoreServiceCollectionExtensions
{
    /// <summary>Registers the folder store as <see cref="IObjectStore"/>, bound to <paramref name="section"/>.</summary>
    public static IServiceCollection AddFileSystemObjectStore(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<FileSystemStoreOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IObjectStore>(sp => new FileSystemObjectStore(sp.GetRequiredService<IOptions<FileSystemStoreOptions>>()));
        return services;
    }
}
