namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// A transition between two shots. For a hard cut <see cref="Time"/> is the first frame of the new shot;
/// for a gradual one (crossfade) it is the centre of the transition, which runs from
/// <see cref="TransitionStart"/> to <see cref="TransitionEnd"/>. A soft cut is a hard cut between two
/// visually similar shots, which detectors tend to miss.
/// </summary>
public sealed record CutFacts(double Time, bool Gradual, bool Soft, double? TransitionStart, double? TransitionEnd);
