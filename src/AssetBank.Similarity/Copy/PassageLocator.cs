namespace AssetBank.Similarity.Copy;

/// <summary>
/// Finds the passages two normalised texts share: every maximal diagonal run of equal n-grams (seeded from an n-gram
/// table of the reference), then the longest runs first, each trimmed where it overlaps one already taken on either
/// side. Taking runs in any order is what finds reordered sentences; the overlap rule keeps one reference passage
/// from being counted twice.
/// </summary>
public static class PassageLocator
{
    /// <summary>An n-gram repeated more often than this in the reference (a run of 哈哈哈…) does not seed runs.</summary>
    private const int MaxSeedsPerShingle = 64;

    public static IReadOnlyList<SharedRun> Locate(ulong[] query, int queryChars, ulong[] reference, int referenceChars, int shingleLength, int minChars)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reference);
        var positions = new Dictionary<ulong, List<int>>(reference.Length);
        for (var j = 0; j < reference.Length; j++)
        {
            if (!positions.TryGetValue(reference[j], out var list))
            {
                positions[reference[j]] = list = [];
            }

            list.Add(j);
        }

        var runs = new List<SharedRun>();
        for (var i = 0; i < query.Length; i++)
        {
            if (!positions.TryGetValue(query[i], out var seeds) || seeds.Count > MaxSeedsPerShingle)
            {
                continue;
            }

            foreach (var j in seeds)
            {
                if (i > 0 && j > 0 && query[i - 1] == reference[j - 1])
                {
                    continue; // not the start of a maximal run
                }

                var shingles = 1;
                while (i + shingles < query.Length && j + shingles < reference.Length && query[i + shingles] == reference[j + shingles])
                {
                    shingles++;
                }

                var chars = Math.Min(shingles + shingleLength - 1, Math.Min(queryChars - i, referenceChars - j));
                if (chars >= minChars)
                {
                    runs.Add(new SharedRun(i, j, chars));
                }
            }
        }

        return Select(runs, queryChars, referenceChars, minChars);
    }

    private static List<SharedRun> Select(List<SharedRun> runs, int queryChars, int referenceChars, int minChars)
    {
        var takenQuery = new bool[queryChars];
        var takenReference = new bool[referenceChars];
        var chosen = new List<SharedRun>();
        foreach (var run in runs.OrderByDescending(r => r.Length).ThenBy(r => r.QueryStart).ThenBy(r => r.ReferenceStart))
        {
            var from = 0;
            var to = run.Length;
            while (from < to && (takenQuery[run.QueryStart + from] || takenReference[run.ReferenceStart + from]))
            {
                from++;
            }

            while (to > from && (takenQuery[run.QueryStart + to - 1] || takenReference[run.ReferenceStart + to - 1]))
            {
                to--;
            }

            if (to - from < minChars || Enumerable.Range(from, to - from).Any(d => takenQuery[run.QueryStart + d] || takenReference[run.ReferenceStart + d]))
            {
                continue;
            }

            var kept = new SharedRun(run.QueryStart + from, run.ReferenceStart + from, to - from);
            for (var d = 0; d < kept.Length; d++)
            {
                takenQuery[kept.QueryStart + d] = true;
                takenReference[kept.ReferenceStart + d] = true;
            }

            chosen.Add(kept);
        }

        chosen.Sort((a, b) => a.QueryStart.CompareTo(b.QueryStart));
        return chosen;
    }
}
