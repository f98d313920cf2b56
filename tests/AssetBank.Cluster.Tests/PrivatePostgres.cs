using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// A PostgreSQL server of one test's own (tools/test-services/postgres.sh with its own folder and port), for the test
/// that restarts the server: the shared one stays up for every other test running beside it.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assetbank-private-pg", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();

    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString)
    {
        Host = "127.0.0.1",
        Port = _port,
        Database = "postgres",
    }.ConnectionString;

    public Task StartAsync() => RunAsync("start");

    public Task RestartAsync() => RunAsync("restart");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string verb)
    {
        var info = new ProcessStartInfo(FindScript(), [verb]) { UseShellExecute = false, RedirectStandardError = true };
        info.Environment["ASSETBANK_PG_CACHE"] = _folder;
        info.Environment["ASSETBANK_PG_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(_folder);
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"postgres.sh {verb}: {error}");
    }

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tools", "test-services", "postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tools/test-services/postgres.sh not found above {AppContext.BaseDirectory}");
    }
}
