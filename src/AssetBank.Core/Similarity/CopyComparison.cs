namespace AssetBank.Core.Similarity;

/// <summary>The outcome of comparing new copy with one reference text.</summary>
/// <param name="Percent">Calibrated similarity, 0–100; above the alarm threshold (default 85) is an alarm.</param>
/// <param name="ReferenceCoverage">Share of the reference's characters found again in the new copy in passages (0–1).</param>
/// <param name="QueryCoverage">Share of the new copy's characters that repeat the reference (0–1).</param>
/// <param name="Jaccard">Jaccard similarity of the two texts' n-gram sets (0–1).</param>
/// <param name="SimHashDistance">Hamming distance of the two SimHashes (0–64).</param>
/// <param name="Passages">The repeated passages, in the new copy's order.</param>
public sealed record CopyComparison(double Percent, double ReferenceCoverage, double QueryCoverage, double Jaccard, int SimHashDistance, IReadOnlyList<MatchedPassage> Passages)
{
    public static CopyComparison None { get; } = new(0, 0, 0, 0, 64, []);
}
