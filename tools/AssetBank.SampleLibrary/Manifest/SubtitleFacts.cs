namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A sidecar subtitle file and the video it belongs to.</summary>
public sealed record SubtitleFacts(string VideoPath, string Encoding, IReadOnlyList<SubtitleCue> Cues);
