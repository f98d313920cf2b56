namespace AssetBank.RelevanceEval;

/// <summary>nDCG@10, recall@20 and MRR of one ranked list against graded judgements.</summary>
internal static class Metrics
{
    public static (double Ndcg, double Recall, double Mrr) Score(IReadOnlyList<int> rankedIds, IReadOnlyDictionary<int, int> grades)
    {
        double Gain(int grade) => Math.Pow(2, grade) - 1;
        var dcg = rankedIds.Take(10).Select((id, i) => Gain(grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = grades.Values.OrderDescending().Take(10).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        var relevant = grades.Where(p => p.Value >= 2).Select(p => p.Key).ToHashSet();
        var recall = relevant.Count == 0 ? 1 : (double)rankedIds.Take(20).Count(relevant.Contains) / Math.Min(20, relevant.Count);
        var first = rankedIds.Select((id, i) => relevant.Contains(id) ? i : -1).FirstOrDefault(i => i >= 0, -1);
        return (ideal == 0 ? 0 : dcg / ideal, recall, first < 0 ? 0 : 1.0 / (first + 1));
    }
}
