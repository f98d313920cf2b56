namespace AssetBank.Core.Similarity.Video;

/// <summary>A video's shots as ingestion detects them, with one or more frames per shot.</summary>
/// <param name="DurationSeconds">Length of the video.</param>
/// <param name="ShotCount">Shots detected.</param>
/// <param name="Frames">Frames in time order; a shot whose frames could not be extracted has none.</param>
public sealed record SampledVideo(double DurationSeconds, int ShotCount, IReadOnlyList<VideoFrameSample> Frames);
