namespace AssetBank.Core.Similarity;

/// <summary>Local keypoints of a picture for geometric verification: positions and 32-byte binary descriptors.</summary>
/// <param name="Width">Width of the picture the positions refer to.</param>
/// <param name="Height">Height of the picture the positions refer to.</param>
/// <param name="Points">x, y interleaved, one pair per keypoint.</param>
/// <param name="Descriptors">32 bytes per keypoint, in the same order.</param>
public sealed record LocalFeatures(int Width, int Height, float[] Points, byte[] Descriptors)
{
    public const int DescriptorBytes = 32;

    public int Count => Points.Length / 2;

    public static LocalFeatures Empty { get; } = new(0, 0, [], []);
}
