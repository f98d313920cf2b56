using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AssetBank.SampleLibrary.Media;

/// <summary>
/// Runs external tools with an argument list (never a string-built command line), a time limit that kills
/// the whole process tree, and a bound on how many run at once. Output is always drained so a chatty
/// process cannot block on a full pipe; only the tail of stderr is kept for error messages.
/// </summary>
internal sealed class ProcessRunner : IDisposable
{
    private const int MaxStdErrChars = 16_000;
    private const int MaxStdOutChars = 8_000_000;

    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _timeout;

    public ProcessRunner(int maxParallel, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _slots = new SemaphoreSlim(maxParallel, maxParallel);
        _timeout = timeout;
    }

    /// <summary>Runs <paramref name="tool"/> and returns its result whatever the exit code.</summary>
    public async Task<ProcessResult> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tool);
        ArgumentNullException.ThrowIfNull(arguments);
        await _slots.WaitAsync(ct);
        try
        {
            return await RunOneAsync(tool, arguments, ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Runs <paramref name="tool"/> and throws <see cref="ExternalToolException"/> unless it exits with 0.</summary>
    public async Task<ProcessResult> RunCheckedAsync(string tool, IReadOnlyList<string> arguments, string what, CancellationToken ct)
    {
        var result = await RunAsync(tool, arguments, ct);
        if (result.StopReason == ProcessStopReason.Cancelled)
        {
            ct.ThrowIfCancellationRequested();
        }

        if (!result.Succeeded)
        {
            var reason = result.StopReason switch
            {
                ProcessStopReason.TimedOut => $"timed out after {_timeout.TotalSeconds:0} s",
                ProcessStopReason.NotStarted => "could not be started (is it installed and on PATH?)",
                _ => $"exited with code {result.ExitCode}",
            };
            throw new ExternalToolException(
                $"{tool} {reason} while writing {what}: {LastLines(result.StdErr, 8)}",
                result);
        }

        return result;
    }

    public void Dispose() => _slots.Dispose();

    private async Task<ProcessResult> RunOneAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new ProcessResult(tool, [.. arguments], -1, ProcessStopReason.NotStarted, stopwatch.Elapsed, "", ex.Message);
        }

        // ffmpeg reads commands from stdin when it is a terminal; give it an empty, closed one.
        process.StandardInput.Close();

        var stdout = DrainAsync(process.StandardOutput, MaxStdOutChars);
        var stderr = DrainAsync(process.StandardError, MaxStdErrChars);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        var reason = ProcessStopReason.Exited;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            reason = ct.IsCancellationRequested ? ProcessStopReason.Cancelled : ProcessStopReason.TimedOut;
            KillTree(process);
            // The process is gone or going; wait without a token so its pipes close before we read them.
            await process.WaitForExitAsync(CancellationToken.None);
        }

        var outText = await stdout;
        var errText = await stderr;
        stopwatch.Stop();
        var exitCode = reason == ProcessStopReason.Exited ? process.ExitCode : -1;
        return new ProcessResult(tool, [.. arguments], exitCode, reason, stopwatch.Elapsed, outText, errText);
    }

    private static async Task<string> DrainAsync(StreamReader reader, int maxChars)
    {
        var kept = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), CancellationToken.None)) > 0)
        {
            kept.Append(buffer, 0, read);
            if (kept.Length > 2 * maxChars)
            {
                kept.Remove(0, kept.Length - maxChars);
            }
        }

        if (kept.Length > maxChars)
        {
            kept.Remove(0, kept.Length - maxChars);
        }

        return kept.ToString();
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill.
        }
    }

    private static string LastLines(string text, int count)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no error output)" : string.Join(" | ", lines.TakeLast(count));
    }
}
