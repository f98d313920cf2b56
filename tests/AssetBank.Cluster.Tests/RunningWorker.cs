using System.Diagnostics;

namespace AssetBank.Cluster.Tests;

/// <summary>A worker process whose output is drained from the start (a full pipe would stall it).</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    public RunningWorker(Process process)
    {
        Process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    public int Id => Process.Id;

    /// <summary>Waits for the worker to exit by itself; returns stdout and stderr.</summary>
    public async Task<string> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await Process.WaitForExitAsync(timeout.Token);
        return await _output + await _error;
    }

    /// <summary>Sends a POSIX signal by number (9 = KILL, 19 = STOP, 18 = CONT) to the worker process itself.</summary>
    public void Signal(int signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Process.HasExited)
            {
                Signal(18);
                Process.Kill(entireProcessTree: true);
                await Process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        Process.Dispose();
    }
}
