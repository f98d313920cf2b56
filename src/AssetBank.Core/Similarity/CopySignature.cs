namespace AssetBank.Core.Similarity;

/// <summary>The stored fingerprint of a reference text: MinHash values over its character n-grams, its SimHash, and its normalised length.</summary>
public sealed record CopySignature(uint[] MinHash, ulong SimHash, int Length);
