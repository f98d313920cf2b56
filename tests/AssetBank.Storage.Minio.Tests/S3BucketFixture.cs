using AssetBank.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Minio;
using Minio.DataModel.Args;

namespace AssetBank.Storage.Minio.Tests;

/// <summary>A fresh bucket per test class, emptied and removed afterwards (best effort: the server is in memory anyway).</summary>
public sealed class S3BucketFixture : IAsyncLifetime
{
    public string Bucket { get; } = $"assetbank-test-{Guid.NewGuid():N}"[..36];

    public Task InitializeAsync() => S3TestServer.EnsureReachableAsync();

    public async Task DisposeAsync()
    {
        try
        {
            await using var services = S3TestServer.BuildServices(S3TestServer.Settings(Bucket));
            var store = services.GetRequiredService<IObjectStore>();
            var keys = new List<string>();
            await foreach (var item in store.ListAsync(string.Empty, CancellationToken.None))
            {
                keys.Add(item.Key);
            }

            foreach (var key in keys)
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }

            var colon = S3TestServer.Endpoint.LastIndexOf(':');
            using var client = new MinioClient()
                .WithEndpoint(S3TestServer.Endpoint[..colon], int.Parse(S3TestServer.Endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture))
                .WithCredentials(S3TestServer.AccessKey, S3TestServer.SecretKey)
                .Build();
            await client.RemoveBucketAsync(new RemoveBucketArgs().WithBucket(Bucket));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Best effort: a leftover bucket costs nothing on the in-memory test server.
        }
    }
}
