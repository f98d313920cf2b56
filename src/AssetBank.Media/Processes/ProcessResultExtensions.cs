namespace AssetBank.Media.Processes;

public static class ProcessResultExtensions
{
    /// <summary>Throws unless the process exited with code 0 (or one of <paramref name="acceptedExitCodes"/>).</summary>
    /// <exception cref="OperationCanceledException">The run was cancelled through <paramref name="cancellationToken"/>.</exception>
    /// <exception cref="MediaToolException">It failed, timed out or wrote too much.</exception>
    public static ProcessResult EnsureSucceeded(this ProcessResult result, string operation, CancellationToken cancellationToken, params int[] acceptedExitCodes)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(acceptedExitCodes);
        if (result.StopReason == ProcessStopReason.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException($"{operation} was cancelled.");
        }

        if (result.StopReason == ProcessStopReason.Exited &&
            (result.ExitCode == 0 || (result.ExitCode is { } code && acceptedExitCodes.Contains(code))))
        {
            return result;
        }

        throw new MediaToolException(operation, result);
    }
}
