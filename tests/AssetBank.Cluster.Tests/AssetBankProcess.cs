using System.Diagnostics;
using System.Text;

namespace AssetBank.Cluster.Tests;

/// <summary>The real <c>assetbank</c> program as a child process, pointed at one data folder and catalog.</summary>
internal sealed class AssetBankProcess(string data, string? postgres)
{
    /// <summary>The arguments that choose this bank: its data folder and, when given, the PostgreSQL catalog.</summary>
    public IReadOnlyList<string> BankArguments =>
        postgres is null
            ? ["--data", data]
            : ["--data", data, "--set", "Catalog:Provider=Postgres", "--set", $"Catalog:Postgres:ConnectionString={postgres}"];

    public Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "assetbank.dll"));
        foreach (var argument in arguments.Concat(BankArguments))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start assetbank");
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs and asserts success; returns stdout.</summary>
    public async Task<string> RunOkAsync(params string[] arguments)
    {
        var (code, output, error) = await RunAsync(arguments);
        Assert.True(code == 0, $"assetbank {string.Join(' ', arguments)} → {code}\n{output}\n{error}");
        return output;
    }
}
