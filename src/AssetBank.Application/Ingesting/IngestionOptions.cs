using System.ComponentModel.DataAnnotations;

namespace AssetBank.Application.Ingesting;

public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Objects processed at once; defaults to the number of cores.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>Objects larger than this are refused with a clear reason (untrusted input).</summary>
    [Range(1, long.MaxValue)]
    public long MaxObjectBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Where local working copies go; empty means the system temp folder.</summary>
    public string? WorkDirectory { get; set; }

    /// <summary>Key prefixes that discovery skips: AssetBank's own derived files (keyframes, thumbnails).</summary>
    public IList<string> ExcludedPrefixes { get; } = ["_derived/"];

    /// <summary>
    /// Times processing of one object version may start without finishing (the process was killed or crashed on it)
    /// before it is recorded as failed instead of tried again.
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Retry objects that failed before even when their ETag did not change.</summary>
    public bool RetryFailed { get; set; }
}
