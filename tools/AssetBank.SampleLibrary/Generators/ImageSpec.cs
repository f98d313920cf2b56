using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// A still image drawn from a lavfi source: optionally the frame at <see cref="Frame"/>, optionally a poster
/// layout (two coloured boxes and two lines of Chinese text) over it.
/// </summary>
internal sealed record ImageSpec(
    string Path,
    string SourceName,
    string SourceGraph,
    ImageRole Role,
    ThemeTags? Theme = null,
    int Frame = 0,
    string? PosterTitle = null,
    string? PosterLine = null,
    string? PosterAccent = null)
{
    public bool IsPoster => PosterTitle is not null;

    public string? Text => IsPoster ? $"{PosterTitle} {PosterLine}" : null;
}
