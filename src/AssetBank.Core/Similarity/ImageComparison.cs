namespace AssetBank.Core.Similarity;

/// <summary>The outcome of comparing a query picture with one reference picture.</summary>
/// <param name="Percent">Calibrated similarity, 0–100; above the alarm threshold (default 85) is an alarm.</param>
/// <param name="HashDistance">Smallest distance between the two pictures' 256-bit hashes (0–256).</param>
/// <param name="Inliers">Keypoint matches consistent with one geometric transform (0 when unverified).</param>
/// <param name="Mirrored">The query matched as a mirror image of the reference.</param>
/// <param name="QueryRegion">Where the match lies in the query; null when no geometry was found.</param>
/// <param name="ReferenceRegion">Where the match lies in the reference; null when no geometry was found.</param>
/// <param name="AlignedCorrelation">
/// Structure correlation (−1–1) of the two pictures after dense alignment, over the blocks they share; 0 when not aligned.
/// </param>
public sealed record ImageComparison(
    double Percent,
    int HashDistance,
    int Inliers,
    bool Mirrored,
    MatchedRegion? QueryRegion,
    MatchedRegion? ReferenceRegion,
    double AlignedCorrelation = 0)
{
    public static ImageComparison None { get; } = new(0, Hash256.Bits, 0, false, null, null);
}
