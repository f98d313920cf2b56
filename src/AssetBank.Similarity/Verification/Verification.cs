using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Verification;

/// <summary>What geometric verification found: consistent matches and where they lie in each picture.</summary>
internal sealed record Verification(int Inliers, MatchedRegion? QueryRegion, MatchedRegion? ReferenceRegion)
{
    public static Verification None { get; } = new(0, null, null);
}
