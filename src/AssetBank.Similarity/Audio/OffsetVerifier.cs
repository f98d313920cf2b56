using AssetBank.Core.Similarity.Audio;

namespace AssetBank.Similarity.Audio;

/// <summary>
/// The classic Chromaprint comparison at one offset: the bit errors of every aligned pair of values, the stretch that
/// maximises Σ(threshold − errors) (so it spans where the two sounds agree and stops where they part), and the
/// calibrated percentage from the bit error rate over that stretch (read higher when the stretch is short).
/// </summary>
internal static class OffsetVerifier
{
    /// <param name="offset">Reference position = query position + offset.</param>
    /// <returns>The match with <see cref="AudioMatch.ReferenceId"/> left 0; null when no stretch is long and informative enough.</returns>
    public static AudioMatch? Verify(IReadOnlyList<uint> query, IReadOnlyList<uint> reference, int offset, AudioSimilarityOptions options)
    {
        var first = Math.Max(0, -offset);
        var last = Math.Min(query.Count, reference.Count - offset);
        var minValues = (int)Math.Ceiling(options.MinMatchSeconds / ChromaprintTiming.SecondsPerValue);
        if (last - first < minValues)
        {
            return null;
        }

        var threshold = options.StretchBitErrorRate * 32;
        double sum = 0, bestSum = 0;
        int start = first, bestStart = first, bestEnd = first;
        for (var i = first; i < last; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += threshold - ChromaprintTrackIndex.BitErrors(query[i], reference[i + offset]);
            if (sum > bestSum)
            {
                (bestSum, bestStart, bestEnd) = (sum, start, i + 1);
            }
        }

        if (bestEnd - bestStart < minValues || !Informative(query, bestStart, bestEnd))
        {
            return null;
        }

        long errors = 0;
        for (var i = bestStart; i < bestEnd; i++)
        {
            errors += ChromaprintTrackIndex.BitErrors(query[i], reference[i + offset]);
        }

        var rate = errors / (32.0 * (bestEnd - bestStart));
        var seconds = ChromaprintTiming.Seconds(bestEnd - bestStart);
        var shortfall = Math.Clamp((options.FullStretchSeconds - seconds) / Math.Max(1e-6, options.FullStretchSeconds - options.MinMatchSeconds), 0, 1);
        return new AudioMatch(
            0,
            Percent(rate + (shortfall * options.ShortStretchPenalty), options),
            rate,
            ChromaprintTiming.Seconds(bestStart),
            ChromaprintTiming.Seconds(bestEnd),
            ChromaprintTiming.Seconds(bestStart + offset),
            ChromaprintTiming.Seconds(bestEnd + offset));
    }

    /// <summary>
    /// 100 % at no bit error, 85 % at <see cref="AudioSimilarityOptions.BitErrorAt85"/>, 50 % at
    /// <see cref="AudioSimilarityOptions.BitErrorAt50"/>, 0 % at 0.5 (chance), linear in between.
    /// </summary>
    public static double Percent(double bitErrorRate, AudioSimilarityOptions options)
    {
        var (at85, at50) = (options.BitErrorAt85, Math.Max(options.BitErrorAt50, options.BitErrorAt85 + 1e-6));
        var percent = bitErrorRate <= at85 ? 100 - (15 * bitErrorRate / at85)
            : bitErrorRate <= at50 ? 85 - (35 * (bitErrorRate - at85) / (at50 - at85))
            : 50 * Math.Max(0, 0.5 - bitErrorRate) / Math.Max(1e-6, 0.5 - at50);
        return Math.Clamp(percent, 0, 100);
    }

    /// <summary>
    /// Silence and a held tone give the same value over and over, and two silences agree perfectly: a stretch counts only
    /// when at least a quarter of its values differ from the one before.
    /// </summary>
    private static bool Informative(IReadOnlyList<uint> values, int start, int end)
    {
        var changes = 0;
        for (var i = start + 1; i < end; i++)
        {
            if (values[i] != values[i - 1])
            {
                changes++;
            }
        }

        return changes * 4 >= end - start;
    }
}
