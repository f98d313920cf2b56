namespace AssetBank.SampleLibrary.Manifest;

/// <summary>One cue of a sidecar .srt file; every cue lies inside the shot it names.</summary>
public sealed record SubtitleCue(int Index, double Start, double End, string Text, int ShotIndex);
