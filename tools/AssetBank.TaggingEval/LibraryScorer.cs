using System.Globalization;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Evaluation;

namespace AssetBank.TaggingEval;

/// <summary>
/// Scores evaluated items with the conventions of <see cref="TaggingEvaluator"/>, widened to items that expect several
/// labels per dimension (a KOL list of five themes) and to off-topic items that expect none.
/// </summary>
/// <remarks>
/// Per item and judged dimension, with E the expected terms and P the predictions at or above the confidence floor
/// (the strongest <see cref="TaggingEvaluationOptions.TopK"/> if set):
/// judged += |E|; correct += |E ∩ P|; predicted += the predictions that are expected or, when
/// <see cref="TaggingEvaluationOptions.HierarchyLenient"/> is on, not a parent or child of an expected term (those are
/// neither right nor wrong); top-correct += the expected terms among the strongest |E| predictions. With one expected
/// label this is exactly the single-label evaluator.
/// <para>
/// Off-topic items (no expected theme) are not scored: the manifest says only that they fit none of the library's
/// themes, not which tags they deserve, and a note about braising beef is rightly tagged 下厨 or 周末.
/// </para>
/// </remarks>
public static class LibraryScorer
{
    /// <summary>Per-dimension scores of the judged items among <paramref name="items"/>.</summary>
    public static ScoreSummary Summarise(string name, IReadOnlyCollection<EvaluatedItem> items, Taxonomy taxonomy, TaggingEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        var scores = TagDimensions.All.Select(dimension =>
        {
            int judged = 0, predicted = 0, correct = 0, topCorrect = 0;
            foreach (var item in items.Where(i => i.IsJudged && i.Dimensions.Contains(dimension)))
            {
                var outcome = Judge(item, dimension, taxonomy, options);
                judged += outcome.Judged;
                predicted += outcome.Counted;
                correct += outcome.Correct;
                topCorrect += outcome.TopCorrect;
            }

            return new DimensionScore(dimension, judged, predicted, correct, topCorrect);
        }).ToList();
        return new ScoreSummary(name, items.Count(i => i.IsJudged), scores);
    }

    /// <summary>Every item and dimension where an expected label is missing or a wrong label is present.</summary>
    public static IReadOnlyList<LibraryMiss> Misses(IEnumerable<EvaluatedItem> items, Taxonomy taxonomy, TaggingEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        var misses = new List<LibraryMiss>();
        foreach (var item in items.Where(i => i.IsJudged))
        {
            foreach (var dimension in TagDimensions.All.Where(item.Dimensions.Contains))
            {
                var outcome = Judge(item, dimension, taxonomy, options);
                if (outcome.Missing.Count > 0 || outcome.Wrong.Count > 0)
                {
                    var shown = outcome.Predictions
                        .Select(t => t.Label + " " + t.Confidence.ToString("0.00", CultureInfo.InvariantCulture))
                        .ToList();
                    misses.Add(new LibraryMiss(item.ItemId, item.Kind, dimension, outcome.Missing, outcome.Wrong, shown, item.Problem));
                }
            }
        }

        return misses;
    }

    private static DimensionOutcome Judge(EvaluatedItem item, TagDimension dimension, Taxonomy taxonomy, TaggingEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(options);

        // An expected label the taxonomy does not know can never be hit; it stays judged under a key no term has.
        var expected = item.ExpectedLabels(dimension)
            .Select(label => (Label: label, Id: taxonomy.FindByLabel(dimension, label)?.Id ?? "?" + label))
            .ToList();
        var expectedIds = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var predictions = item.Predicted
            .Where(t => t.Dimension == dimension && t.Confidence >= options.MinConfidence)
            .OrderByDescending(t => t.Confidence)
            .ThenBy(t => t.TermId, StringComparer.Ordinal)
            .Take(options.TopK ?? int.MaxValue)
            .ToList();
        var related = options.HierarchyLenient
            ? expectedIds.SelectMany(id => taxonomy.AncestorsOf(id).Select(t => t.Id).Concat(Descendants(taxonomy, id))).ToHashSet(StringComparer.Ordinal)
            : [];

        var predictedIds = predictions.Select(t => t.TermId).ToHashSet(StringComparer.Ordinal);
        var top = predictions.Take(expected.Count).Select(t => t.TermId).ToHashSet(StringComparer.Ordinal);
        var wrong = predictions.Where(t => !expectedIds.Contains(t.TermId) && !related.Contains(t.TermId)).ToList();
        return new DimensionOutcome(
            Judged: expected.Count,
            Counted: predictions.Count(t => expectedIds.Contains(t.TermId)) + wrong.Count,
            Correct: expected.Count(e => predictedIds.Contains(e.Id)),
            TopCorrect: expected.Count(e => top.Contains(e.Id)),
            Missing: expected.Where(e => !predictedIds.Contains(e.Id)).Select(e => e.Label).ToList(),
            Wrong: wrong.Select(t => t.Label).ToList(),
            Predictions: predictions);
    }

    private static IEnumerable<string> Descendants(Taxonomy taxonomy, string id)
    {
        foreach (var child in taxonomy.ChildrenOf(id))
        {
            yield return child.Id;
            foreach (var grandChild in Descendants(taxonomy, child.Id))
            {
                yield return grandChild;
            }
        }
    }
}
