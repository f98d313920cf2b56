namespace AssetBank.Core.Similarity;

/// <summary>
/// The stored fingerprint of a reference text: MinHash values over its character n-grams, its SimHash, its normalised
/// length, and its passage anchors.
/// </summary>
/// <remarks>
/// <see cref="Anchors"/> are winnowed n-gram hashes (the smallest in every window of consecutive n-grams): two texts
/// sharing a passage of the minimum lifted-passage length share at least one anchor, whatever else either text holds —
/// which is how a slogan lifted out of a long brochure is found. Signatures stored before anchors existed have none.
/// </remarks>
public sealed record CopySignature(uint[] MinHash, ulong SimHash, int Length)
{
    public ulong[] Anchors { get; init; } = [];
}
