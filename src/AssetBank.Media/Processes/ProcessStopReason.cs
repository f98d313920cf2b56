namespace AssetBank.Media.Processes;

/// <summary>Why an external process stopped.</summary>
public enum ProcessStopReason
{
    /// <summary>It exited by itself; look at the exit code.</summary>
    Exited = 0,

    /// <summary>The caller's cancellation token fired; the process tree was killed.</summary>
    Cancelled,

    /// <summary>It ran past the request's time limit; the process tree was killed.</summary>
    TimedOut,

    /// <summary>It wrote more to stdout than the request allows; the process tree was killed.</summary>
    OutputLimitExceeded,
}
