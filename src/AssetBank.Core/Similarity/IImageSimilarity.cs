namespace AssetBank.Core.Similarity;

/// <summary>The image similarity engine: signatures, a candidate index, and the verified, calibrated comparison.</summary>
public interface IImageSimilarity
{
    /// <summary>
    /// Signature of a decoded picture. <paramref name="asQuery"/> adds the mirrored local features a query needs;
    /// references do without them.
    /// </summary>
    ImageSignature Describe(DecodedPicture picture, bool asQuery);

    /// <summary>A new, empty candidate index (multi-index hashing).</summary>
    IImageCandidateIndex CreateIndex();

    /// <summary>Verifies a candidate geometrically and returns the calibrated similarity.</summary>
    ImageComparison Compare(ImageSignature query, ImageSignature reference);
}
