using System.Text;

namespace AssetBank.Media.Processes;

/// <summary>How one external process ended and what it wrote.</summary>
/// <param name="ExitCode">The exit code; null when the process was killed.</param>
/// <param name="Stdout">Everything written to stdout, up to the request's limit.</param>
/// <param name="StderrTail">The last lines of stderr, for error messages.</param>
public sealed record ProcessResult(
    string Tool,
    int? ExitCode,
    ProcessStopReason StopReason,
    ReadOnlyMemory<byte> Stdout,
    string StderrTail,
    TimeSpan Elapsed)
{
    public bool Succeeded => StopReason == ProcessStopReason.Exited && ExitCode == 0;

    public string StdoutText => Encoding.UTF8.GetString(Stdout.Span);

    /// <summary>The last non-empty stderr line: usually ffmpeg's own one-line reason.</summary>
    public string LastStderrLine
    {
        get
        {
            var lines = StderrTail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length == 0 ? string.Empty : lines[^1];
        }
    }

    /// <summary>A one-line description for logs and exceptions.</summary>
    public string Describe() => StopReason switch
    {
        ProcessStopReason.Exited => $"{Tool} exited with code {ExitCode} after {Elapsed.TotalSeconds:0.0} s",
        ProcessStopReason.TimedOut => $"{Tool} was killed after running past its time limit ({Elapsed.TotalSeconds:0.0} s)",
        ProcessStopReason.OutputLimitExceeded => $"{Tool} was killed for writing more output than allowed",
        _ => $"{Tool} was cancelled after {Elapsed.TotalSeconds:0.0} s",
    };
}
