namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a generated image.</summary>
/// <param name="OriginalPath">For an altered copy, the original it was made from.</param>
/// <param name="Alteration">For an altered copy, one of the names in <see cref="Alterations"/>.</param>
/// <param name="Text">Text drawn into the picture (posters, overlays), if any.</param>
public sealed record ImageFacts(
    int Width,
    int Height,
    ImageRole Role,
    string Source,
    string? OriginalPath,
    string? Alteration,
    string? Text);
