using AssetBank.Core.Media;

namespace AssetBank.Media.Shots;

/// <summary>
/// Turns ffmpeg scene scores into shot boundaries. Pure: unit-tested on recorded logs.
/// </summary>
/// <remarks>
/// <para>Dense passes (every frame, once at 320 px wide and once at 64 px wide, where moving fine texture averages out
/// so that a cut out of a busy shot still stands out): ffmpeg's score is the change from the previous frame with the
/// previous change subtracted, so a hard cut is a single spike. A frame is a cut, at either scale, when its score reaches
/// <see cref="CutDetectionSettings.SceneCertainThreshold"/>, or when it reaches
/// <see cref="CutDetectionSettings.SceneThreshold"/> and stands <see cref="CutDetectionSettings.SceneContrast"/> times above
/// the average score of the second around it. The contrast test keeps the low threshold that soft cuts (two similar
/// colours) need from firing on busy shots, whose frames all score moderately.</para>
/// <para>Sparse pass (a few frames per second): a dissolve spreads its change over many frames, each too small for the
/// dense pass; sampled sparsely it becomes a short run of raised frame differences. (ffmpeg's scene score is no use
/// here: it subtracts the previous difference, so the middle of a steady dissolve scores near zero.) Each sample's
/// excess is its difference minus its baseline, the calmer of the medians of the five seconds before and after it;
/// samples that span a hard cut are left out. From the strongest sample that stands
/// <see cref="CutDetectionSettings.DissolveContrast"/> times above its baseline, a region grows over neighbours with at
/// least a third of its excess. A region of two or more samples with calm on both sides (not a cut, not an end of the
/// video), no longer than three seconds (longer is steady motion), whose excess sums to
/// <see cref="CutDetectionSettings.DissolveThreshold"/>, is a dissolve placed at the centroid of that excess.</para>
/// <para>Boundaries closer than <see cref="CutDetectionSettings.MinShotSeconds"/> to each other (or to the ends) are merged,
/// the stronger winning; a flash frame thus counts once.</para>
/// </remarks>
public static class CutDetector
{
    private const double ContrastWindowSeconds = 1.0;
    private const double DissolveBaselineWindowSeconds = 5.0;
    private const double MaxDissolveSeconds = 3.0;

    /// <summary>Neighbouring samples whose excess reaches a third of a run's peak belong to the same stretch of change.</summary>
    private const double StretchFraction = 3.0;

    /// <param name="dense">Scores of every frame at 320 px wide.</param>
    /// <param name="coarse">Scores of every frame at 64 px wide (may be empty): fine texture in motion averages out there, so a cut out of a busy shot still stands out.</param>
    /// <param name="sparse">Mean differences (0–1) between consecutive frames sampled at <see cref="CutDetectionSettings.DissolveSampleRate"/>.</param>
    public static IReadOnlyList<ShotBoundary> Detect(
        IReadOnlyList<SceneSample> dense,
        IReadOnlyList<SceneSample> coarse,
        IReadOnlyList<SceneSample> sparse,
        double durationSeconds,
        CutDetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(sparse);
        ArgumentNullException.ThrowIfNull(settings);

        // A cut found at both scales is one cut; the merge below keeps the stronger of two boundaries a frame apart.
        List<ShotBoundary> cuts = [.. DetectHardCuts(dense, settings), .. DetectHardCuts(coarse, settings)];
        var dissolves = DetectDissolves(sparse, cuts, settings);
        return Merge([.. cuts, .. dissolves], durationSeconds, settings);
    }

    /// <summary>Hard cuts from the dense pass, before merging.</summary>
    public static IReadOnlyList<ShotBoundary> DetectHardCuts(IReadOnlyList<SceneSample> dense, CutDetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(settings);

        var samples = Ordered(dense);
        var prefix = new double[samples.Length + 1];
        for (var i = 0; i < samples.Length; i++)
        {
            prefix[i + 1] = prefix[i] + samples[i].Score;
        }

        var result = new List<ShotBoundary>();
        int lo = 0, hi = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var (time, score) = samples[i];
            while (lo < i && samples[lo].Time < time - ContrastWindowSeconds)
            {
                lo++;
            }

            if (hi < i)
            {
                hi = i;
            }

            while (hi + 1 < samples.Length && samples[hi + 1].Time <= time + ContrastWindowSeconds)
            {
                hi++;
            }

            if (i == 0 || score < settings.SceneThreshold)
            {
                continue;
            }

            if (score >= settings.SceneCertainThreshold)
            {
                result.Add(new ShotBoundary(time, score, ShotTransition.Cut));
                continue;
            }

            // The frame after a cut carries part of the change; leave it out of the baseline with the frame itself.
            var excludeEnd = Math.Min(i + 1, hi);
            var sum = prefix[hi + 1] - prefix[lo] - (prefix[excludeEnd + 1] - prefix[i]);
            var count = (hi - lo + 1) - (excludeEnd - i + 1);
            var baseline = count > 0 ? sum / count : 0;
            if (score >= settings.SceneContrast * baseline)
            {
                result.Add(new ShotBoundary(time, score, ShotTransition.Cut));
            }
        }

        return result;
    }

    /// <summary>Gradual transitions from the sparse pass; samples whose interval holds one of <paramref name="cuts"/> are explained by it and ignored.</summary>
    public static IReadOnlyList<ShotBoundary> DetectDissolves(IReadOnlyList<SceneSample> sparse, IReadOnlyList<ShotBoundary> cuts, CutDetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sparse);
        ArgumentNullException.ThrowIfNull(cuts);
        ArgumentNullException.ThrowIfNull(settings);

        var samples = Ordered(sparse);
        var result = new List<ShotBoundary>();
        if (samples.Length < 3)
        {
            return result;
        }

        var step = 1.0 / settings.DissolveSampleRate;
        var floor = settings.DissolveThreshold / 4;
        var cutTimes = cuts.Select(c => c.Time).Order().ToArray();
        var excess = new double[samples.Length];
        var candidate = new bool[samples.Length];

        // A difference that spans a hard cut is the cut's own: it must not join, start or bound a dissolve, nor set a baseline.
        var masked = new bool[samples.Length];
        masked[0] = true;
        for (var i = 1; i < samples.Length; i++)
        {
            var (previous, time) = (samples[i - 1].Time, samples[i].Time);
            masked[i] = cutTimes.Any(t => t > previous + 1e-6 && t <= time + 1e-6);
        }

        for (var i = 1; i < samples.Length; i++)
        {
            if (masked[i])
            {
                continue;
            }

            var score = samples[i].Score;
            var baseline = Baseline(samples, masked, i, DissolveBaselineWindowSeconds);
            excess[i] = score - baseline;
            candidate[i] = excess[i] >= floor && score >= settings.DissolveContrast * baseline;
        }

        // Strongest change first: grow a region around it over neighbours with at least a third of its excess.
        var consumed = new bool[samples.Length];
        foreach (var peak in Enumerable.Range(1, samples.Length - 1).Where(i => candidate[i]).OrderByDescending(i => excess[i]))
        {
            if (consumed[peak])
            {
                continue;
            }

            var level = excess[peak] / StretchFraction;
            int first = peak, last = peak;
            while (!masked[first - 1] && !consumed[first - 1] && excess[first - 1] >= level && samples[first].Time - samples[first - 1].Time <= 1.5 * step)
            {
                first--;
            }

            while (last + 1 < samples.Length && !masked[last + 1] && !consumed[last + 1] && excess[last + 1] >= level && samples[last + 1].Time - samples[last].Time <= 1.5 * step)
            {
                last++;
            }

            // A transition is calm → change → calm. Change that runs into a cut or an end of the video may just as well
            // be a short busy shot, which looks the same at this sampling rate.
            var bounded = !masked[first - 1] && last + 1 < samples.Length && !masked[last + 1];

            for (var i = first; i <= last; i++)
            {
                consumed[i] = true;
            }

            // Each sample's difference happened between it and the sample before; the boundary is the centroid of the
            // change above the baseline (the motion that goes on anyway is not part of the transition).
            double sum = 0, weighted = 0;
            for (var i = first; i <= last; i++)
            {
                sum += excess[i];
                weighted += excess[i] * (samples[i - 1].Time + samples[i].Time) / 2;
            }

            // Steady motion (a pan, a busy shot) raises differences for as long as it lasts; a dissolve is over quickly.
            var stretch = samples[last].Time - samples[first - 1].Time;
            if (bounded && last > first && stretch <= MaxDissolveSeconds + step && sum >= settings.DissolveThreshold)
            {
                result.Add(new ShotBoundary(weighted / sum, Math.Min(1.0, sum), ShotTransition.Dissolve));
            }
        }

        return [.. result.OrderBy(b => b.Time)];
    }

    /// <summary>Sorts, merges boundaries closer than the minimum shot length (the stronger wins) and caps the count.</summary>
    public static IReadOnlyList<ShotBoundary> Merge(IEnumerable<ShotBoundary> boundaries, double durationSeconds, CutDetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(settings);

        var min = settings.MinShotSeconds;
        var kept = new List<ShotBoundary>();
        foreach (var boundary in boundaries.Where(b => double.IsFinite(b.Time)).OrderBy(b => b.Time))
        {
            if (boundary.Time < min || (durationSeconds > 0 && boundary.Time > durationSeconds - min))
            {
                continue;
            }

            if (kept.Count > 0 && boundary.Time - kept[^1].Time < min)
            {
                if (Strength(boundary) > Strength(kept[^1]))
                {
                    kept[^1] = boundary;
                }

                continue;
            }

            kept.Add(boundary);
        }

        var maxBoundaries = Math.Max(0, settings.MaxShots - 1);
        if (kept.Count > maxBoundaries)
        {
            kept = [.. kept.OrderByDescending(Strength).Take(maxBoundaries).OrderBy(b => b.Time)];
        }

        return kept;
    }

    /// <summary>Cuts are frame-exact, so at equal score a cut beats a dissolve.</summary>
    private static double Strength(ShotBoundary b) => b.Score + (b.Kind == ShotTransition.Cut ? 1e-6 : 0);

    private static (double Time, double Score)[] Ordered(IReadOnlyList<SceneSample> samples) =>
        [.. samples
            .Where(s => double.IsFinite(s.Time))
            .Select(s => (s.Time, Score: s.Score ?? 0))
            .OrderBy(s => s.Time)];

    /// <summary>
    /// The calmer of the medians of the five seconds before and after a sample: a dissolve into (or out of) a busy shot
    /// still stands out against the quiet side. The first sample (no predecessor, so no difference) and samples spanning a
    /// cut never count; a side with fewer than three samples is not trusted while the other side has enough.
    /// </summary>
    private static double Baseline((double Time, double Score)[] samples, bool[] masked, int center, double window)
    {
        const int minSide = 3;
        var t = samples[center].Time;
        var before = new List<double>();
        for (var i = center - 1; i >= 1 && samples[i].Time >= t - window; i--)
        {
            if (!masked[i])
            {
                before.Add(samples[i].Score);
            }
        }

        var after = new List<double>();
        for (var i = center + 1; i < samples.Length && samples[i].Time <= t + window; i++)
        {
            if (!masked[i])
            {
                after.Add(samples[i].Score);
            }
        }

        if (before.Count >= minSide && after.Count >= minSide)
        {
            return Math.Min(Median(before), Median(after));
        }

        var larger = before.Count >= after.Count ? before : after;
        return larger.Count == 0 ? 0 : Median(larger);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
