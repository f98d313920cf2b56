namespace AssetBank.SampleLibrary.Media;

/// <summary>The outcome of one external process run. <see cref="StdErr"/> keeps the tail of the error output.</summary>
internal sealed record ProcessResult(
    string Tool,
    IReadOnlyList<string> Arguments,
    int ExitCode,
    ProcessStopReason StopReason,
    TimeSpan Elapsed,
    string StdOut,
    string StdErr)
{
    public bool Succeeded => StopReason == ProcessStopReason.Exited && ExitCode == 0;
}
