namespace AssetBank.Core.Similarity.Video;

/// <summary>Consecutive shots of a new video (gaps allowed) that match one reference video going forward in time together.</summary>
/// <param name="FirstShot">First query shot of the run (0-based).</param>
/// <param name="LastShot">Last query shot of the run.</param>
/// <param name="QueryStart">Where the run begins in the new video, seconds.</param>
/// <param name="QueryEnd">Where it ends.</param>
/// <param name="ReferenceStart">Where the matched material begins in the reference, seconds (estimated from the keyframes' offsets within their shots).</param>
/// <param name="ReferenceEnd">Where it ends in the reference.</param>
/// <param name="Hits">The shot matches that make the run, one per matched query shot, in order.</param>
public sealed record AlignedRun(int FirstShot, int LastShot, double QueryStart, double QueryEnd, double ReferenceStart, double ReferenceEnd, IReadOnlyList<ShotHit> Hits)
{
    /// <summary>Query shots that matched (fewer than the span when shots in between did not).</summary>
    public int MatchedShots => Hits.Count;

    /// <summary>The best keyframe similarity in the run.</summary>
    public double Percent => Hits.Max(h => h.Percent);

    public double QuerySeconds => QueryEnd - QueryStart;
}
