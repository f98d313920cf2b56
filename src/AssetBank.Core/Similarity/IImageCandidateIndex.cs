namespace AssetBank.Core.Similarity;

/// <summary>Stage 1: an in-memory index of reference signatures that proposes the nearest candidates for a query.</summary>
public interface IImageCandidateIndex
{
    int Count { get; }

    /// <summary>Adds the reference picture <paramref name="id"/>; a uniform signature is not indexed.</summary>
    void Add(long id, ImageSignature signature);

    /// <summary>Up to <paramref name="limit"/> candidates, nearest first.</summary>
    IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit);
}
