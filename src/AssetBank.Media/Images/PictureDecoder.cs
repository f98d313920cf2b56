using System.Globalization;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Images;

/// <summary>
/// Decodes images for similarity with the same guarded loader as image analysis (limits checked from the header,
/// reduced-size decode, EXIF orientation applied, alpha flattened, first frame of an animation), so the bank and
/// the batch check compare exactly the pictures ingestion sees.
/// </summary>
public sealed class PictureDecoder : IPictureDecoder, IDisposable
{
    /// <summary>Pictures narrower or lower than this carry too little to compare and are refused.</summary>
    public const int MinimumSide = 32;

    private readonly ImageAnalyzer _analyzer;

    public PictureDecoder(IOptions<MediaOptions> options) => _analyzer = new ImageAnalyzer(options);

    public void Dispose() => _analyzer.Dispose();

    public DecodedPicture Decode(Stream content, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        var loaded = _analyzer.Load(content, name);
        if (loaded.Width < MinimumSide || loaded.Height < MinimumSide)
        {
            throw new ContentRejectedException(name, string.Create(
                CultureInfo.InvariantCulture,
                $"the picture is {loaded.Width}×{loaded.Height} pixels, too small to compare (under {MinimumSide} px)"));
        }

        var working = loaded.Working;
        return new DecodedPicture(working.Width, working.Height, working.Pixels.ToArray(), loaded.Width, loaded.Height);
    }
}
