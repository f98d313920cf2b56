namespace AssetBank.Core.Similarity;

/// <summary>The copy (text) similarity engine: fingerprints, a candidate index, and the verified, calibrated comparison.</summary>
public interface ICopySimilarity
{
    CopyFingerprint Describe(string text);

    ICopyCandidateIndex CreateIndex();

    /// <summary>Locates the passages the two texts share and returns the calibrated similarity.</summary>
    CopyComparison Compare(CopyFingerprint query, CopyFingerprint reference);
}
