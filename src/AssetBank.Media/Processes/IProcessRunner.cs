namespace AssetBank.Media.Processes;

/// <summary>The one way AssetBank starts external tools.</summary>
public interface IProcessRunner
{
    /// <summary>Runs the tool to completion, time limit, output limit or cancellation, and reports how it ended.</summary>
    /// <remarks>Cancellation is reported as <see cref="ProcessStopReason.Cancelled"/>, not thrown, once the process has started.</remarks>
    /// <exception cref="MediaToolNotFoundException">The tool is not on PATH or not executable.</exception>
    Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken);
}
