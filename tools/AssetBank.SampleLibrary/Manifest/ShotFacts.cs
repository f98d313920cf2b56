namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// One shot of a generated video. <see cref="Start"/> and <see cref="End"/> are the shot's span in the
/// output; around a crossfade the spans of two neighbours overlap by the transition.
/// </summary>
public sealed record ShotFacts(int Index, double Start, double End, string Source, string Caption, string? Voiceover);
