using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>The real API over a real folder store and SQLite catalog in a temporary folder.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _overrides;
    private readonly Action<IServiceCollection>? _services;

    private readonly bool _ownsFolder;

    public ApiFactory(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null, string? folder = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("assetbank-api-").FullName;
        _overrides = overrides ?? new Dictionary<string, string?>();
        _services = services;
    }

    public string Folder { get; }

    public string StoreRoot => Path.Combine(Folder, "store");

    public string AuthToken { get; } = "s3cr3t-token";

    public string ApiKey { get; } = "k3y-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:FileSystem:Root"] = StoreRoot,
            ["Catalog:Path"] = Path.Combine(Folder, "catalog.db"),
            ["Ingestion:WorkDirectory"] = Path.Combine(Folder, "work"),
            ["Notifications:AuthToken"] = AuthToken,
            ["Notifications:BatchWindow"] = "00:00:00.050",
            ["Search:IndexPath"] = Path.Combine(Folder, "index"),
            ["Api:Keys:0"] = "an-old-key",
            ["Api:Keys:1"] = ApiKey,
        };
        foreach (var (key, value) in _overrides)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        foreach (var (key, value) in _overrides)
        {
            // Settings read while Program composes the services (the store provider) must be there before Build.
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
