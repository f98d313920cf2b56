using AssetBank.Core.Media;

namespace AssetBank.Media.Shots;

/// <summary>A detected start of a new shot, in seconds from the start of the video.</summary>
/// <param name="Score">The evidence: the frame's scene score for a cut, the summed run score for a dissolve (capped at 1).</param>
public readonly record struct ShotBoundary(double Time, double Score, ShotTransition Kind);
