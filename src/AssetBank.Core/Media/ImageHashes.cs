namespace AssetBank.Core.Media;

/// <summary>The perceptual hashes of one picture (an image or a video keyframe), taken after orientation and alpha flattening.</summary>
/// <param name="DHash">Difference hash: horizontal gradients of a 9×8 luminance thumbnail.</param>
/// <param name="PHash">DCT hash: signs of the 8×8 lowest frequencies (DC excluded) of a 32×32 luminance thumbnail.</param>
public sealed record ImageHashes(PerceptualHash DHash, PerceptualHash PHash)
{
    /// <summary>The larger of the two distances: a match should hold on both hashes.</summary>
    public int MaxDistanceTo(ImageHashes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Math.Max(DHash.DistanceTo(other.DHash), PHash.DistanceTo(other.PHash));
    }
}
