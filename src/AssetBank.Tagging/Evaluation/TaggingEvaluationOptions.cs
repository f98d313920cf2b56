namespace AssetBank.Tagging.Evaluation;

public sealed record TaggingEvaluationOptions
{
    /// <summary>Predictions below this confidence are ignored.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Count only the strongest K predictions per dimension; null counts all the tagger emitted.</summary>
    public int? TopK { get; init; }

    /// <summary>
    /// When true (default), a prediction that is an ancestor or descendant of the expected term (母婴 for 婴童喂养) is neither
    /// right nor wrong: it is not counted in <see cref="DimensionScore.Predicted"/>.
    /// </summary>
    public bool HierarchyLenient { get; init; } = true;
}
