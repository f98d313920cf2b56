using AssetBank.Core.Tagging;

namespace AssetBank.TaggingEval;

/// <summary>How one item fared on one dimension; summed into a <see cref="AssetBank.Tagging.Evaluation.DimensionScore"/>.</summary>
/// <param name="Counted">Predictions that count for precision: the expected ones plus the wrong ones.</param>
/// <param name="Predictions">The predictions considered (above the floor, top K), strongest first.</param>
internal sealed record DimensionOutcome(
    int Judged,
    int Counted,
    int Correct,
    int TopCorrect,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Wrong,
    IReadOnlyList<TagAssignment> Predictions);
