namespace AssetBank.Core.Similarity.Video;

/// <summary>
/// Aligns the shot matches of a new video against one reference video in time: chains of query shots whose matched
/// reference times go forward together become runs. Shots may be missing in between (inserted material, a shot the
/// re-grade hid) and the reference may skip ahead (trims), within limits; a reordered re-edit gives several runs.
/// </summary>
/// <remarks>
/// Best chain first (by summed similarity, a longest-path over the hits ordered by query shot), then its shots are taken
/// out and the next chain is found, until no hit is left. Scattered hits whose reference times jump about do not chain,
/// so each stays a run of one shot.
/// </remarks>
public static class ShotAligner
{
    /// <summary>How far back the reference time may step between consecutive run shots (two query shots cut from one reference shot).</summary>
    public const double MaxBackstepSeconds = 1.0;

    /// <summary>How much further the reference may advance than the query between consecutive run shots (material trimmed out).</summary>
    public const double MaxSkipSeconds = 20.0;

    /// <summary>How much less the reference may advance than the query (material inserted, a shot held longer).</summary>
    public const double MaxLagSeconds = 20.0;

    /// <summary>Query shots without a match allowed between two consecutive run shots.</summary>
    public const int MaxGapShots = 2;

    /// <summary>The runs of <paramref name="hits"/>, all against one reference video, in query order.</summary>
    public static IReadOnlyList<AlignedRun> Align(IReadOnlyList<ShotHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var left = hits.OrderBy(h => h.QueryShot).ThenBy(h => h.ReferenceTime).ThenBy(h => h.ReferenceFrameId).ToList();
        var runs = new List<AlignedRun>();
        while (left.Count > 0)
        {
            var chain = BestChain(left);
            runs.Add(ToRun(chain));
            var taken = chain.Select(h => h.QueryShot).ToHashSet();
            left.RemoveAll(h => taken.Contains(h.QueryShot));
        }

        return [.. runs.OrderBy(r => r.FirstShot)];
    }

    /// <summary>Whether <paramref name="next"/> can follow <paramref name="previous"/> in one run.</summary>
    public static bool Follows(ShotHit previous, ShotHit next)
    {
        if (next.QueryShot <= previous.QueryShot || next.QueryShot - previous.QueryShot - 1 > MaxGapShots)
        {
            return false;
        }

        var referenceStep = next.ReferenceTime - previous.ReferenceTime;
        var queryStep = next.QueryTime - previous.QueryTime;
        return referenceStep >= -MaxBackstepSeconds && referenceStep - queryStep <= MaxSkipSeconds && queryStep - referenceStep <= MaxLagSeconds;
    }

    private static List<ShotHit> BestChain(List<ShotHit> hits)
    {
        var score = new double[hits.Count];
        var from = new int[hits.Count];
        var best = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            score[i] = hits[i].Percent;
            from[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (score[j] + hits[i].Percent > score[i] && Follows(hits[j], hits[i]))
                {
                    score[i] = score[j] + hits[i].Percent;
                    from[i] = j;
                }
            }

            if (score[i] > score[best])
            {
                best = i;
            }
        }

        var chain = new List<ShotHit>();
        for (var at = best; at >= 0; at = from[at])
        {
            chain.Add(hits[at]);
        }

        chain.Reverse();
        return chain;
    }

    private static AlignedRun ToRun(List<ShotHit> chain)
    {
        var (first, last) = (chain[0], chain[^1]);
        // The keyframes' offsets inside their query shots carry over to the reference, bounded by the reference shots.
        var referenceStart = Math.Max(first.ReferenceShotStart, first.ReferenceTime - (first.QueryTime - first.QueryStart));
        var referenceEnd = Math.Min(last.ReferenceShotEnd, last.ReferenceTime + (last.QueryEnd - last.QueryTime));
        return new AlignedRun(first.QueryShot, last.QueryShot, first.QueryStart, last.QueryEnd,
            referenceStart, Math.Max(referenceStart, referenceEnd), chain);
    }
}
