namespace AssetBank.Similarity.Copy;

/// <summary>Normalised characters [QueryStart, +Length) of the query equal [ReferenceStart, +Length) of the reference.</summary>
public readonly record struct SharedRun(int QueryStart, int ReferenceStart, int Length);
