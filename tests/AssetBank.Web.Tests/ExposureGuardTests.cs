using System.Diagnostics;
using AssetBank.Web.Security;
using Microsoft.Extensions.Configuration;

namespace AssetBank.Web.Tests;

public sealed class ExposureGuardTests
{
    private static readonly Dictionary<string, string?> StrongSecrets = new()
    {
        ["Notifications:AuthToken"] = "a-long-random-token",
        ["Api:Key"] = "a-long-random-key",
    };

    [Theory]
    [InlineData("Notifications:AuthToken", "change-me", "Notifications:AuthToken")]
    [InlineData("Notifications:AuthToken", "", "Notifications:AuthToken")]
    [InlineData("Api:Key", "", "Api:Keys / Api:Key")]
    [InlineData("Store:Minio:SecretKey", "minioadmin", "Store:Minio:SecretKey")]
    public void Refuses_a_public_address_while_a_secret_is_empty_or_a_known_default(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>(StrongSecrets)
        {
            ["urls"] = "http://+:8080",
            ["Store:Provider"] = "Minio",
            ["Store:Minio:AccessKey"] = "assetbank",
            ["Store:Minio:SecretKey"] = "a-long-random-secret",
            [key] = value,
        };

        var refusal = ExposureGuard.Refusal(Build(settings));

        Assert.NotNull(refusal);
        Assert.Contains(named, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000;http://[::1]:5001")]
    public void Loopback_addresses_may_run_with_default_secrets(string urls)
    {
        Assert.Null(ExposureGuard.Refusal(Build(new() { ["urls"] = urls, ["Notifications:AuthToken"] = "change-me" })));
    }

    [Fact]
    public void A_public_address_with_real_secrets_may_start()
    {
        Assert.Null(ExposureGuard.Refusal(Build(new(StrongSecrets) { ["urls"] = "http://0.0.0.0:8080" })));
    }

    [Fact]
    public void Ports_and_kestrel_endpoints_count_as_addresses()
    {
        var urls = ExposureGuard.ConfiguredUrls(Build(new()
        {
            ["http_ports"] = "8080",
            ["Kestrel:Endpoints:Web:Url"] = "http://10.0.0.5:9000",
        }));

        Assert.Equal(["http://*:8080", "http://10.0.0.5:9000"], urls);
        Assert.All(urls, u => Assert.False(ExposureGuard.IsLoopback(u)));
    }

    [Fact]
    public async Task The_api_refuses_to_start_on_a_public_address_with_the_default_token_naming_the_key()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("assetbank-guard-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AssetBank.Web.dll"));
        start.ArgumentList.Add("--urls=http://0.0.0.0:0");
        start.ArgumentList.Add("--Notifications:AuthToken=change-me");
        start.ArgumentList.Add("--Api:Key=a-long-random-key");
        start.ArgumentList.Add("--Store:Provider=FileSystem");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Notifications:AuthToken", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Directory.Delete(start.WorkingDirectory, recursive: true);
    }

    private static IConfiguration Build(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
