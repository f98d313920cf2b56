using AssetBank.Core.Text;
using AssetBank.Core.Media;

namespace AssetBank.Media.Ocr;

/// <summary>
/// Folds readings of consecutive frames into lines: a caption held on screen for three seconds is read six times,
/// sometimes with a character wrong; readings that overlap in time (or follow within <c>maxGap</c>) at about the same
/// height and agree on most characters become one line spanning all of them, with the most confident reading's text.
/// </summary>
public static class OcrLineMerger
{
    public const double MinSimilarity = 0.6;

    public static IReadOnlyList<OcrLine> Merge(IEnumerable<OcrReading> readings, TimeSpan maxGap)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var open = new List<(OcrReading Best, TimeSpan Start, TimeSpan End, double ConfidenceSum, int Count)>();
        foreach (var reading in readings.OrderBy(r => r.Start).ThenBy(r => r.Top))
        {
            var match = -1;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var line = open[i];
                if (reading.Start <= line.End + maxGap && Similarity(line.Best.Text, reading.Text) >= MinSimilarity)
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                open.Add((reading, reading.Start, reading.End, reading.Confidence, 1));
                continue;
            }

            var current = open[match];
            var better = reading.Confidence * reading.Text.Length > current.Best.Confidence * current.Best.Text.Length ? reading : current.Best;
            open[match] = (better, current.Start, reading.End > current.End ? reading.End : current.End, current.ConfidenceSum + reading.Confidence, current.Count + 1);
        }

        return [.. open.Select(l => new OcrLine(l.Best.Text, l.Start, l.End, Math.Round(l.ConfidenceSum / l.Count, 3)))];
    }

    /// <summary>1 − edit distance / longer length.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - ((double)EditDistance.Between(a, b) / longer);
    }
}
