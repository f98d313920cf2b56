using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Evaluation;

/// <summary>Quality of one dimension over a sample set (micro-averaged).</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Judged">Samples with an expected label for this dimension.</param>
/// <param name="Predicted">Labels the tagger emitted on judged samples and that count (see <see cref="TaggingEvaluationOptions.HierarchyLenient"/>).</param>
/// <param name="Correct">Judged samples whose expected label was among the predictions.</param>
/// <param name="TopCorrect">Judged samples whose expected label was the strongest prediction.</param>
public sealed record DimensionScore(TagDimension Dimension, int Judged, int Predicted, int Correct, int TopCorrect)
{
    /// <summary>Correct / Predicted; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Correct / Judged; 1 when nothing was judged.</summary>
    public double Recall => Judged == 0 ? 1 : (double)Correct / Judged;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>TopCorrect / Judged.</summary>
    public double Top1Accuracy => Judged == 0 ? 1 : (double)TopCorrect / Judged;
}
