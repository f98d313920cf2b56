namespace AssetBank.Core.Similarity;

/// <summary>
/// A text prepared for comparison: its normalised characters (NFKC, simplified, lower case, letters and digits only),
/// where each came from in the original, the hash of the character n-gram starting at each position, and the
/// MinHash and SimHash signatures over those n-grams.
/// </summary>
public sealed record CopyFingerprint(string Original, string Normalized, int[] Offsets, ulong[] Shingles, CopySignature Signature);
