namespace AssetBank.SampleLibrary.Media;

/// <summary>Why an external process stopped.</summary>
internal enum ProcessStopReason
{
    Exited,
    Cancelled,
    TimedOut,

    /// <summary>The tool could not be started (not installed, not executable).</summary>
    NotStarted,
}
