namespace AssetBank.Core.Similarity;

/// <summary>Candidates for copy verification: an in-memory MinHash LSH index (with a SimHash table) over reference texts.</summary>
public interface ICopyCandidateIndex
{
    int Count { get; }

    void Add(long id, CopySignature signature);

    /// <summary>
    /// References that may be near-duplicates of the query or may be contained in it: the whole query and sliding windows
    /// of it, at the lengths of the indexed references, are looked up band by band; references sharing a passage with it
    /// (a slogan lifted either way) through the passage anchors both signatures hold.
    /// </summary>
    IReadOnlyList<long> Query(CopyFingerprint query);
}
