using System.ComponentModel.DataAnnotations;

namespace AssetBank.Similarity.Copy;

/// <summary>Copy similarity settings (configuration section <c>Similarity:Copy</c>); the defaults are the measured ones (BENCHMARKS.md).</summary>
public sealed class CopySimilarityOptions
{
    public const string SectionName = "Similarity:Copy";

    /// <summary>Characters per n-gram of normalised text.</summary>
    [Range(2, 8)]
    public int ShingleLength { get; set; } = 3;

    [Range(1, 64)]
    public int Bands { get; set; } = 42;

    [Range(1, 16)]
    public int RowsPerBand { get; set; } = 3;

    /// <summary>SimHash candidates within this many bits of the query.</summary>
    [Range(0, 3)]
    public int SimHashMaxDistance { get; set; } = 3;

    /// <summary>A shared run shorter than this (normalised characters) is chance, not a passage.</summary>
    [Range(2, 64)]
    public int MinPassageChars { get; set; } = 3;

    /// <summary>
    /// Passages chained in the same order in both texts must match at least this many characters (or the whole of a
    /// shorter reference) to count: a stray brand name or stock phrase is not reuse.
    /// </summary>
    [Range(1, 64)]
    public int MinChainChars { get; set; } = 8;

    /// <summary>Two passages in the same order in both texts with at most this many characters between them on each side bridge a swapped word.</summary>
    [Range(0, 16)]
    public int MaxGapChars { get; set; } = 5;

    /// <summary>How much of a bridged gap counts as matched (a swapped word is a changed word, but the sentence is the same).</summary>
    [Range(0.0, 1.0)]
    public double GapCredit { get; set; } = 0.5;

    /// <summary>The raw coverage (0–1) reported as 85 %; below and above it the scale is linear to 0 and 100.</summary>
    [Range(0.05, 0.99)]
    public double CoverageAt85 { get; set; } = 0.935;

    /// <summary>
    /// A passage lifted whole — a slogan out of a brochure or a slogan list, or a reference slogan inside a long new
    /// text — alarms on its own when at least this many normalised characters are shared and they cover the shorter
    /// side's sentence(s); shorter shared runs (stock phrases such as 限时优惠 or 点击下方链接立即抢购) do not. Also the
    /// passage length from which two texts are sure to share a candidate anchor. 0 turns passage alarms and anchors off.
    /// </summary>
    [Range(0, 64)]
    public int MinLiftedPassageChars { get; set; } = 14;

    /// <summary>An anchor held by more references than this is a stock phrase of the libraries and proposes no candidates.</summary>
    [Range(1, 1_000_000)]
    public int MaxAnchorReferences { get; set; } = 500;

    /// <summary>Candidates proposed through shared anchors, the references sharing the most anchors first.</summary>
    [Range(1, 10_000)]
    public int MaxAnchorCandidates { get; set; } = 100;

    public int Functions => Bands * RowsPerBand;

    /// <summary>The winnowing window (in n-grams) that guarantees an anchor in every shared passage of <see cref="MinLiftedPassageChars"/>.</summary>
    public int AnchorWindow => Math.Max(1, MinLiftedPassageChars - ShingleLength + 1);
}
