using System.ComponentModel.DataAnnotations;

namespace AssetBank.Extraction;

/// <summary>Configuration section <c>Extraction</c>: the size, row and time limits of text, table and social extraction.</summary>
/// <remarks>Documents are untrusted input: every limit bounds memory or time, and hitting one leaves a warning, not silence.</remarks>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>Larger files are rejected before any parsing.</summary>
    [Range(1L, 16L * 1024 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Text kept per asset; the rest is cut with a warning.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxTextChars { get; set; } = 5_000_000;

    /// <summary>Table rows (CSV, XLSX, JSON records) read per asset; the rest are skipped with a warning.</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; set; } = 20_000;

    /// <summary>PDF pages and PPTX slides read per asset.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 2_000;

    /// <summary>Comments kept (by likes) in a thread's text and comment list; counts and likes still cover all of them.</summary>
    [Range(1, 1_000_000)]
    public int MaxCommentsPerThread { get; set; } = 5_000;

    /// <summary>Largest XML part inside a DOCX, PPTX or XLSX, in characters (a guard against zip bombs).</summary>
    [Range(1_000_000L, 4L * 1024 * 1024 * 1024)]
    public long MaxPartChars { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Bytes the XML parts of a DOCX, PPTX or XLSX, or the non-image streams of a PDF, may inflate to in all. Declared
    /// sizes are checked before anything is read, and the parts are then inflated through a counter that stops at the
    /// limit as it reads, so a lying header cannot get past it.
    /// </summary>
    [Range(1_000_000L, 4L * 1024 * 1024 * 1024)]
    public long MaxInflatedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Inflated-to-compressed ratio above which a part over 16 MiB inflated is taken for a zip bomb and refused.</summary>
    [Range(10, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>
    /// Table cells held per asset, counted as the rows are stored (a row costs its width up to its last non-empty
    /// cell) and as merged ranges are filled; the rows past the budget are skipped with a warning.
    /// </summary>
    [Range(1_000, 100_000_000)]
    public int MaxCells { get; set; } = 2_000_000;

    /// <summary>Warnings kept per asset; the rest are counted in a last one.</summary>
    [Range(1, 10_000)]
    public int MaxWarnings { get; set; } = 200;

    /// <summary>Wall-clock limit of one asset's extraction.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
