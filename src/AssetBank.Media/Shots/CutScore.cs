namespace AssetBank.Media.Shots;

/// <summary>How detected boundaries compare with known ones.</summary>
public sealed record CutScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of detected boundaries that are real; 1 when nothing was detected.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of real boundaries that were detected; 1 when there were none.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static CutScore operator +(CutScore a, CutScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new CutScore(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }

    public static CutScore Add(CutScore a, CutScore b) => a + b;

    /// <summary>
    /// Matches each detected time to at most one expected time within <paramref name="tolerance"/> seconds, closest pairs
    /// first, and counts hits, false alarms and misses.
    /// </summary>
    public static CutScore Compare(IEnumerable<double> detected, IEnumerable<double> expected, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(expected);
        var found = detected.ToList();
        var truth = expected.ToList();
        var pairs = new List<(double Distance, int Found, int Truth)>();
        for (var i = 0; i < found.Count; i++)
        {
            for (var j = 0; j < truth.Count; j++)
            {
                var distance = Math.Abs(found[i] - truth[j]);
                if (distance <= tolerance)
                {
                    pairs.Add((distance, i, j));
                }
            }
        }

        var usedFound = new bool[found.Count];
        var usedTruth = new bool[truth.Count];
        var hits = 0;
        foreach (var (_, f, t) in pairs.OrderBy(p => p.Distance))
        {
            if (!usedFound[f] && !usedTruth[t])
            {
                usedFound[f] = usedTruth[t] = true;
                hits++;
            }
        }

        return new CutScore(hits, found.Count - hits, truth.Count - hits);
    }
}
