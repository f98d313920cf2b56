namespace AssetBank.Application.Similarity;

/// <summary>One reported pair of the batch check.</summary>
public sealed record FolderMatch(string QueryFile, string ReferenceFile, double SimilarityPercent);
