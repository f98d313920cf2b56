namespace AssetBank.RelevanceEval;

/// <summary>A query of the relevance set, its shape (dimension, free text, mixed) and the dimension values it asks for.</summary>
internal sealed record EvalQuery(string Shape, string Text, IReadOnlySet<string> Facets)
{
    /// <summary>
    /// Graded relevance: 3 when the item expresses every value asked for, 2 when it misses one of three or more, 1 when
    /// it misses two of four or one of two; else 0. Items of grade 2 and up count as relevant for recall and MRR.
    /// </summary>
    public int Grade(EvalItem item)
    {
        var matched = Facets.Count(item.Facets.Contains);
        var missing = Facets.Count - matched;
        return missing switch
        {
            0 => 3,
            1 when Facets.Count >= 3 => 2,
            1 => 1,
            2 when Facets.Count >= 4 => 1,
            _ => 0,
        };
    }
}
