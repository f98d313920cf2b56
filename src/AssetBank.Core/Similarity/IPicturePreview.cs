namespace AssetBank.Core.Similarity;

/// <summary>Makes the small JPEG a reviewer sees beside an alarm, from a picture already decoded for fingerprinting.</summary>
public interface IPicturePreview
{
    /// <summary>A JPEG at most <paramref name="maxSide"/> pixels on its longer side.</summary>
    byte[] Preview(DecodedPicture picture, int maxSide);
}
