using AssetBank.Core.Errors;

namespace AssetBank.Core.Similarity;

/// <summary>Decodes an encoded still image (or keyframe) into the working picture that similarity compares.</summary>
public interface IPictureDecoder
{
    /// <summary>Decodes <paramref name="content"/> (seekable); <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="ContentRejectedException">Not an image, unsupported, over the size limits, or corrupt.</exception>
    DecodedPicture Decode(Stream content, string name);
}
