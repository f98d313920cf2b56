namespace AssetBank.Media.Shots;

/// <summary>One analysed frame: its presentation time in seconds and the value logged for it (ffmpeg's scene score 0–1, a frame difference, …), null when the log had none.</summary>
public readonly record struct SceneSample(double Time, double? Score);
