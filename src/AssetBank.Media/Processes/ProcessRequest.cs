namespace AssetBank.Media.Processes;

/// <summary>One invocation of an external tool (ffmpeg, ffprobe, fpcalc).</summary>
/// <param name="Tool">A bare executable name looked up on PATH (<c>ffmpeg</c>) or a path to one.</param>
/// <param name="Arguments">Passed one by one through <see cref="System.Diagnostics.ProcessStartInfo.ArgumentList"/>; never joined into a command line.</param>
public sealed record ProcessRequest(string Tool, IReadOnlyList<string> Arguments)
{
    /// <summary>Wall-clock limit from the start of the process; the whole process tree is killed when it passes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The most stdout kept; beyond it the process is killed with <see cref="ProcessStopReason.OutputLimitExceeded"/>.</summary>
    public int MaxStdoutBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How many trailing stderr lines the result keeps for error messages.</summary>
    public int StderrTailLines { get; init; } = 40;

    /// <summary>Sees every stderr line as it arrives (lines longer than 8 KiB are cut); used to stream-parse ffmpeg filter logs.</summary>
    /// <remarks>Called on a reader thread, one line at a time, in order; it must be quick and must not throw.</remarks>
    public Action<string>? StderrLineObserver { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables set for the tool on top of the inherited environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }
}
