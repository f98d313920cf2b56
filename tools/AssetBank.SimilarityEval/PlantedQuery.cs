using AssetBank.Core.Similarity;

namespace AssetBank.SimilarityEval;

/// <summary>An altered copy of a reference; <paramref name="Verifiable"/>: stage 2 scores it above 85 % against that reference alone.</summary>
internal sealed record PlantedQuery(ImageSignature Query, int Reference, bool Verifiable);
