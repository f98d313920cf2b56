using AssetBank.Core.Similarity;
using AssetBank.Similarity.Alignment;

namespace AssetBank.Similarity.Verification;

/// <summary>
/// What geometric verification found: consistent matches, where they lie in each picture, and the fitted transform
/// from query to reference working pixels (null when no plausible fit was found).
/// </summary>
internal sealed record Verification(int Inliers, MatchedRegion? QueryRegion, MatchedRegion? ReferenceRegion, AffineMap? QueryToReference = null)
{
    public static Verification None { get; } = new(0, null, null);
}
