namespace AssetBank.Core.Similarity;

/// <summary>A reference picture the index proposes for verification, with its smallest hash distance to the query.</summary>
public readonly record struct ImageCandidate(long Id, int Distance);
