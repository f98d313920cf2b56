using AssetBank.Core.Media;

namespace AssetBank.Media.Images;

/// <summary>A decoded picture reduced to its working copy, with what the header said.</summary>
/// <param name="Working">Oriented as displayed, alpha flattened, longer side about <see cref="ImageAnalyzer.WorkingLongSide"/>.</param>
/// <param name="Width">Full width as displayed.</param>
/// <param name="Height">Full height as displayed.</param>
public sealed record LoadedImage(
    RgbImage Working,
    int Width,
    int Height,
    ImageOrientation Orientation,
    string Format,
    bool HasAlpha,
    bool Incomplete);
