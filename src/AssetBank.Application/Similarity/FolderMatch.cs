namespace AssetBank.Application.Similarity;

/// <summary>One reported pair of the batch check.</summary>
/// <param name="QueryFile">The query picture's relative path, or a video keyframe as <c>path@mm:ss.t</c>.</param>
/// <param name="ReferenceFile">The same for the reference.</param>
public sealed record FolderMatch(string QueryFile, string ReferenceFile, double SimilarityPercent);
