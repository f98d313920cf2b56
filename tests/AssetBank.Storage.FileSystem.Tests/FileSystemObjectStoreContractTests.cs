using AssetBank.Core.Storage;
using AssetBank.Storage.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Storage.FileSystem.Tests;

public sealed class FileSystemObjectStoreContractTests : ObjectStoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private ServiceProvider? _services;

    protected override Task<IObjectStore> CreateStoreAsync(CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Root"] = _folder.Path })
            .Build();
        _services = new ServiceCollection().AddFileSystemObjectStore(configuration).BuildServiceProvider();
        return Task.FromResult(_services.GetRequiredService<IObjectStore>());
    }

    public void Dispose()
    {
        _services?.Dispose();
        _folder.Dispose();
    }
}
