namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Pairs for similarity and copyright checks.</summary>
public sealed record SimilarityTruth(IReadOnlyList<DuplicatePair> Duplicates, IReadOnlyList<UnrelatedPair> Unrelated);
