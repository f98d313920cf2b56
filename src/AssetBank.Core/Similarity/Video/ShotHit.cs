namespace AssetBank.Core.Similarity.Video;

/// <summary>One query shot's keyframe verified above the threshold against one keyframe of a reference video.</summary>
/// <param name="QueryShot">0-based shot of the new video.</param>
/// <param name="QueryStart">Start of that shot, seconds.</param>
/// <param name="QueryEnd">End of that shot.</param>
/// <param name="QueryTime">Time of the query keyframe.</param>
/// <param name="ReferenceFrameId">The matched reference keyframe.</param>
/// <param name="ReferenceShotStart">Start of the reference shot holding it.</param>
/// <param name="ReferenceShotEnd">End of that reference shot.</param>
/// <param name="ReferenceTime">Time of the reference keyframe.</param>
/// <param name="Percent">Calibrated similarity of the two keyframes.</param>
public readonly record struct ShotHit(
    int QueryShot,
    double QueryStart,
    double QueryEnd,
    double QueryTime,
    long ReferenceFrameId,
    double ReferenceShotStart,
    double ReferenceShotEnd,
    double ReferenceTime,
    double Percent);
