namespace AssetBank.Core.Similarity.Video;

/// <summary>One frame taken from a shot of a video, encoded as JPEG, with where it lies.</summary>
/// <param name="ShotIndex">0-based shot the frame belongs to.</param>
/// <param name="ShotStartSeconds">Start of that shot.</param>
/// <param name="ShotEndSeconds">End of that shot.</param>
/// <param name="Seconds">Time of the frame.</param>
/// <param name="Jpeg">The frame.</param>
public sealed record VideoFrameSample(int ShotIndex, double ShotStartSeconds, double ShotEndSeconds, double Seconds, byte[] Jpeg);
