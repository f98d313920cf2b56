using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Processes;

/// <summary>
/// Starts ffmpeg, ffprobe and fpcalc: arguments as a list, stdout captured up to a limit, stderr always drained
/// (a full pipe would stall the child) with its tail kept, a time limit, and the whole process tree killed on
/// timeout, cancellation or too much output. At most <see cref="MediaOptions.MaxConcurrentProcesses"/> run at once,
/// because each decoder already uses several threads.
/// </summary>
public sealed class ProcessRunner : IProcessRunner, IDisposable
{
    private const int MaxStderrLineChars = 8192;
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _slots;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    public ProcessRunner(IOptions<MediaOptions> options, ILogger<ProcessRunner> logger)
        : this(options?.Value.MaxConcurrentProcesses ?? throw new ArgumentNullException(nameof(options)), logger)
    {
    }

    public ProcessRunner(int maxConcurrentProcesses, ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConcurrentProcesses);
        _slots = new SemaphoreSlim(maxConcurrentProcesses, maxConcurrentProcesses);
        _logger = logger ?? NullLogger.Instance;
    }

    public async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Tool);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxStdoutBytes);

        var executable = ResolveTool(request.Tool);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await RunCoreAsync(executable, request, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>Finds the executable the way a shell would, so a missing tool fails before anything starts.</summary>
    /// <exception cref="MediaToolNotFoundException">Not found or not executable.</exception>
    public string ResolveTool(string tool)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tool);
        if (_resolved.TryGetValue(tool, out var cached) && File.Exists(cached))
        {
            return cached;
        }

        var found = FindExecutable(tool) ?? throw new MediaToolNotFoundException(tool);
        _resolved[tool] = found;
        return found;
    }

    private static string? FindExecutable(string tool)
    {
        if (tool.Contains('/', StringComparison.Ordinal) || Path.IsPathRooted(tool))
        {
            return IsExecutable(tool) ? Path.GetFullPath(tool) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (IsExecutable(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && IsExecutable(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private async Task<ProcessResult> RunCoreAsync(string executable, ProcessRequest request, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = request.WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in request.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Plain, stable stderr: no ANSI colours, C number formatting.
        startInfo.Environment["AV_LOG_FORCE_NOCOLOR"] = "1";
        startInfo.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in request.Environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            _resolved.TryRemove(request.Tool, out _);
            throw new MediaToolNotFoundException(request.Tool, ex);
        }

        _logger.LogDebug("Started {Tool} (pid {Pid}) with {Arguments}", request.Tool, process.Id, string.Join(' ', request.Arguments));

        // Nothing is ever sent on stdin; closing it makes a tool that waits for input see EOF instead of hanging.
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }

        using var outputLimit = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(request.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, outputLimit.Token);

        var stdoutTask = ReadStdoutAsync(process.StandardOutput.BaseStream, request.MaxStdoutBytes, outputLimit);
        var tail = new Queue<string>(Math.Max(1, request.StderrTailLines));
        var stderrTask = ReadStderrAsync(process.StandardError, tail, Math.Max(1, request.StderrTailLines), request.StderrLineObserver);

        var stopReason = ProcessStopReason.Exited;
        try
        {
            await process.WaitForExitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            stopReason = outputLimit.IsCancellationRequested ? ProcessStopReason.OutputLimitExceeded
                : cancellationToken.IsCancellationRequested ? ProcessStopReason.Cancelled
                : ProcessStopReason.TimedOut;
            await KillTreeAsync(process, request.Tool);
        }

        // A grandchild that inherited the pipes could keep them open; do not wait for it forever.
        try
        {
            await Task.WhenAll(stdoutTask, stderrTask).WaitAsync(DrainGrace, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("{Tool} (pid {Pid}) exited but its output pipes stayed open; output may be incomplete", request.Tool, process.Id);
        }

        stopwatch.Stop();
        if (stopReason == ProcessStopReason.Exited && stdoutTask.IsCompletedSuccessfully && stdoutTask.Result.Exceeded)
        {
            // The limit was hit just as the process exited on its own.
            stopReason = ProcessStopReason.OutputLimitExceeded;
        }

        int? exitCode = stopReason == ProcessStopReason.Exited && process.HasExited ? process.ExitCode : null;
        var stdout = stdoutTask.IsCompletedSuccessfully ? stdoutTask.Result.Data : ReadOnlyMemory<byte>.Empty;
        string stderrTail;
        lock (tail)
        {
            stderrTail = string.Join('\n', tail);
        }

        var result = new ProcessResult(request.Tool, exitCode, stopReason, stdout, stderrTail, stopwatch.Elapsed);
        _logger.LogDebug("{Tool} (pid {Pid}): {Outcome}", request.Tool, process.Id, result.Describe());
        if (stderrTask.IsCompletedSuccessfully && stderrTask.Result is { } observerFailure)
        {
            throw new InvalidOperationException($"The stderr observer of {request.Tool} threw.", observerFailure);
        }

        return result;
    }

    private async Task KillTreeAsync(Process process, string tool)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception ex)
        {
            _logger.LogWarning(ex, "Could not kill {Tool} (pid {Pid})", tool, process.Id);
        }

        try
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(DrainGrace, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("{Tool} (pid {Pid}) did not exit after being killed", tool, process.Id);
        }
    }

    private static async Task<(ReadOnlyMemory<byte> Data, bool Exceeded)> ReadStdoutAsync(Stream stdout, int maxBytes, CancellationTokenSource outputLimit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            while (true)
            {
                var read = await stdout.ReadAsync(chunk, CancellationToken.None);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                if (buffer.Length + read > maxBytes)
                {
                    buffer.Write(chunk, 0, (int)(maxBytes - buffer.Length));
                    await outputLimit.CancelAsync();
                    return (buffer.ToArray(), true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed; keep what arrived.
            return (buffer.ToArray(), false);
        }
        catch (ObjectDisposedException)
        {
            return (buffer.ToArray(), false);
        }
    }

    private static async Task<Exception?> ReadStderrAsync(StreamReader stderr, Queue<string> tail, int tailLines, Action<string>? observer)
    {
        var chars = new char[4096];
        var line = new StringBuilder();
        Exception? observerError = null;

        void Emit()
        {
            var text = line.ToString();
            line.Clear();
            if (text.Length == 0)
            {
                return;
            }

            lock (tail)
            {
                if (tail.Count == tailLines)
                {
                    tail.Dequeue();
                }

                tail.Enqueue(text);
            }

            if (observer is not null && observerError is null)
            {
                try
                {
                    observer(text);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Keep draining so the child cannot block on a full pipe; report after it ends.
                    observerError = ex;
                }
            }
        }

        try
        {
            while (true)
            {
                var read = await stderr.ReadAsync(chars.AsMemory(), CancellationToken.None);
                if (read == 0)
                {
                    break;
                }

                for (var i = 0; i < read; i++)
                {
                    var c = chars[i];
                    if (c is '\n' or '\r')
                    {
                        Emit();
                    }
                    else if (line.Length < MaxStderrLineChars)
                    {
                        line.Append(c);
                    }
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        Emit();
        return observerError;
    }
}
