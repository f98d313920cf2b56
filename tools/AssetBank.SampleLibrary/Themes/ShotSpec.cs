namespace AssetBank.SampleLibrary.Themes;

/// <summary>A planned shot: its picture source, burned-in caption, voice-over line and how it begins.</summary>
/// <param name="Core">Whether the shot itself carries the theme (a strategist's query should find it).</param>
internal sealed record ShotSpec(
    ShotSource Source,
    string Caption,
    string? Voiceover,
    bool Core,
    TransitionKind Into = TransitionKind.Hard,
    string? Color = null);
