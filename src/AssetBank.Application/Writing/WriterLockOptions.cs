using System.ComponentModel.DataAnnotations;

namespace AssetBank.Application.Writing;

/// <summary>The data folder's writer lock: one process writes a data folder at a time.</summary>
public sealed class WriterLockOptions
{
    public const string SectionName = "Data";

    /// <summary>The lock file; the composition root puts it beside the catalog.</summary>
    [Required(AllowEmptyStrings = false)]
    public string LockPath { get; set; } = "data/writer.lock";

    /// <summary>How long a write command waits for another process's write to finish before it gives up.</summary>
    public TimeSpan WriterWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>What this process calls itself in the lock's owner note (<c>assetbank ingest</c>, <c>assetbank-api</c>).</summary>
    public string ProcessLabel { get; set; } = "assetbank";
}
