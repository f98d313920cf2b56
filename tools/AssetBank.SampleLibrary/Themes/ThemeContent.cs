using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Themes;

/// <summary>Everything the library says about one theme, written by hand in Chinese.</summary>
/// <param name="Slug">ASCII part of file names (<c>muying</c>).</param>
/// <param name="VideoFile">File name of the theme's TVC under <c>videos/</c>.</param>
/// <param name="FixedGop">Encode with a fixed GOP and scene-cut detection off, so keyframes do not sit on cuts.</param>
/// <param name="ToneHz">Base frequency of the video's soundtrack.</param>
internal sealed record ThemeContent(
    ThemeDefinition Definition,
    string Slug,
    string VideoFile,
    string VideoTitle,
    bool WithSubtitles,
    bool FixedGop,
    int ToneHz,
    IReadOnlyList<ShotSpec> Shots,
    CopyDocument Copy,
    IReadOnlyList<NoteSpec> Notes,
    IReadOnlyList<MemeSpec> Memes,
    IReadOnlyList<string> OtherComments,
    IReadOnlyList<KolSpec> Kols,
    IReadOnlyList<string> Queries)
{
    public string Id => Definition.Id;

    public ThemeTags Tags => Definition.Tags;
}
