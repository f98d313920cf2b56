using System.Net.Sockets;
using AssetBank.Storage.Minio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Storage.Minio.Tests;

/// <summary>The real S3 server the tests run against: <c>tools/test-services/s3.sh start</c> (Ceph RGW) or any MinIO.</summary>
internal static class S3TestServer
{
    public static string Endpoint { get; } = Setting("ASSETBANK_TEST_S3_ENDPOINT", "127.0.0.1:7480");

    public static string AccessKey { get; } = Setting("ASSETBANK_TEST_S3_ACCESS_KEY", "minioadmin");

    public static string SecretKey { get; } = Setting("ASSETBANK_TEST_S3_SECRET_KEY", "minioadmin");

    /// <summary>Fails, never skips, when the server is down: integration tests that quietly do nothing prove nothing.</summary>
    public static async Task EnsureReachableAsync()
    {
        var colon = Endpoint.LastIndexOf(':');
        var host = Endpoint[..colon];
        var port = int.Parse(Endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(host, port, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"The S3 test server at {Endpoint} is not reachable ({ex.Message}). Start it with "
                + "`tools/test-services/s3.sh start` from the repository root; for another server set "
                + "ASSETBANK_TEST_S3_ENDPOINT, ASSETBANK_TEST_S3_ACCESS_KEY and ASSETBANK_TEST_S3_SECRET_KEY.",
                ex);
        }
    }

    /// <summary>The configuration section the app would bind, pointing at the test server.</summary>
    public static Dictionary<string, string?> Settings(string bucket) => new()
    {
        [nameof(MinioStoreOptions.Endpoint)] = Endpoint,
        [nameof(MinioStoreOptions.AccessKey)] = AccessKey,
        [nameof(MinioStoreOptions.SecretKey)] = SecretKey,
        [nameof(MinioStoreOptions.Bucket)] = bucket,
        [nameof(MinioStoreOptions.RequestTimeout)] = "00:01:00",
    };

    /// <summary>Builds the store exactly as the app does: configuration section, DI extension, container.</summary>
    public static ServiceProvider BuildServices(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMinioObjectStore(configuration).BuildServiceProvider(validateScopes: true);
    }

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
