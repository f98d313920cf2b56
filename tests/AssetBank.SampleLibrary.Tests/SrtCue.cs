namespace AssetBank.SampleLibrary.Tests;

/// <summary>One cue read back from an .srt file.</summary>
internal sealed record SrtCue(int Index, double Start, double End, string Text);
