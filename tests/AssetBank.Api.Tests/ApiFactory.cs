using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace AssetBank.Api.Tests;

/// <summary>The real API over a real folder store and SQLite catalog in a temporary folder.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory()
    {
        Folder = Directory.CreateTempSubdirectory("assetbank-api-").FullName;
    }

    public string Folder { get; }

    public string StoreRoot => Path.Combine(Folder, "store");

    public string AuthToken { get; } = "s3cr3t-token";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:FileSystem:Root"] = StoreRoot,
            ["Catalog:Path"] = Path.Combine(Folder, "catalog.db"),
            ["Ingestion:WorkDirectory"] = Path.Combine(Folder, "work"),
            ["Notifications:AuthToken"] = AuthToken,
            ["Notifications:BatchWindow"] = "00:00:00.050",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
