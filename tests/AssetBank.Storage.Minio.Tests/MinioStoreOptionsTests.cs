using AssetBank.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.Minio.Tests;

/// <summary>Configuration mistakes stop the app at start-up with a message, before any request is made.</summary>
public sealed class MinioStoreOptionsTests
{
    [Theory]
    [InlineData("Endpoint", "http://127.0.0.1:7480", "host:port")]
    [InlineData("Endpoint", "127.0.0.1", "host:port")]
    [InlineData("Endpoint", "127.0.0.1:99999", "host:port")]
    [InlineData("Bucket", "Assets_2026", "bucket name")]
    [InlineData("Bucket", "ab", "bucket name")]
    [InlineData("RequestTimeout", "00:00:00", "RequestTimeout")]
    [InlineData("SecretKey", "", "SecretKey")]
    public void Rejects_invalid_settings_at_start_up(string setting, string value, string expected)
    {
        var settings = S3TestServer.Settings("assetbank-valid-bucket");
        settings[setting] = value;
        using var services = S3TestServer.BuildServices(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IObjectStore>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_every_setting_from_the_configuration_section()
    {
        var settings = S3TestServer.Settings("assetbank-valid-bucket");
        settings["UseSsl"] = "true";
        settings["Region"] = "cn-east-1";
        settings["CreateBucketIfMissing"] = "false";
        settings["ConnectTimeout"] = "00:00:04";
        using var services = S3TestServer.BuildServices(settings);

        var options = services.GetRequiredService<IOptions<MinioStoreOptions>>().Value;
        var store = services.GetRequiredService<IObjectStore>();

        Assert.Equal(S3TestServer.Endpoint, options.Endpoint);
        Assert.True(options.UseSsl);
        Assert.Equal("cn-east-1", options.Region);
        Assert.False(options.CreateBucketIfMissing);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), options.ConnectTimeout);
        Assert.Equal($"s3 https://{S3TestServer.Endpoint}/assetbank-valid-bucket", store.Name);
        Assert.IsType<MinioObjectStore>(store);
    }
}
