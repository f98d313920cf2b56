namespace AssetBank.RelevanceEval;

/// <summary>
/// SmartCn as an extra field beside ours, measured without changing the index: each list's scores are divided by its
/// best score and added (SmartCn's at <see cref="SmartCnWeight"/>), which is what one more BM25 clause on a SmartCn
/// field would add to a document's score, up to the query normalisation.
/// </summary>
internal static class Fusion
{
    public const double SmartCnWeight = 0.3;

    public static List<int> Combine(IReadOnlyList<(int Id, double Score)> ours, IReadOnlyList<(int Id, double Score)> smartCn, int top)
    {
        var combined = new Dictionary<int, double>();
        Add(combined, ours, 1);
        Add(combined, smartCn, SmartCnWeight);
        return combined.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(top).Select(p => p.Key).ToList();
    }

    private static void Add(Dictionary<int, double> combined, IReadOnlyList<(int Id, double Score)> list, double weight)
    {
        var best = list.Count == 0 ? 0 : list.Max(h => h.Score);
        foreach (var (id, score) in list)
        {
            combined[id] = combined.GetValueOrDefault(id) + (best > 0 ? weight * score / best : 0);
        }
    }
}
