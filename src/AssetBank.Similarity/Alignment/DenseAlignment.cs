namespace AssetBank.Similarity.Alignment;

/// <summary>
/// What dense alignment found: the structure correlation over the blocks the two pictures share (−1–1; 0 when they
/// could not be aligned) and the reference-content-to-query-content map that gave it.
/// </summary>
internal sealed record DenseAlignment(double Correlation, int Blocks, AffineMap Map)
{
    public static DenseAlignment None { get; } = new(0, 0, AffineMap.Identity);
}
