using AssetBank.Core.Storage;
using AssetBank.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Storage.Minio.Tests;

public sealed class MinioObjectStoreContractTests(S3BucketFixture bucket) : ObjectStoreContractTests, IClassFixture<S3BucketFixture>
{
    private ServiceProvider? _services;

    protected override Task<IObjectStore> CreateStoreAsync(CancellationToken cancellationToken)
    {
        _services = S3TestServer.BuildServices(S3TestServer.Settings(bucket.Bucket));
        return Task.FromResult(_services.GetRequiredService<IObjectStore>());
    }

    protected override async Task DisposeStoreAsync(IObjectStore store)
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
