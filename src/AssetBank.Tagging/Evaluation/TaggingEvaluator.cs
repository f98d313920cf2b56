using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;

namespace AssetBank.Tagging.Evaluation;

/// <summary>
/// Measures a tagger against expected labels: per dimension precision, recall and top-1 accuracy. Expected labels may be
/// given as labels or synonyms; they are resolved through the taxonomy.
/// </summary>
public static class TaggingEvaluator
{
    /// <summary>Evaluates the lexicon tagger synchronously.</summary>
    public static TaggingEvaluation Evaluate(LexiconTagger tagger, IEnumerable<TaggingSample> samples, TaggingEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(samples);
        var list = samples.ToList();
        return Score(list, list.Select(s => tagger.Tag(s.ToInput())).ToList(), tagger.Taxonomy, options ?? new TaggingEvaluationOptions());
    }

    /// <summary>Evaluates any tagger (the LLM tagger too), one sample at a time.</summary>
    public static async Task<TaggingEvaluation> EvaluateAsync(
        ITagger tagger,
        Taxonomy taxonomy,
        IEnumerable<TaggingSample> samples,
        TaggingEvaluationOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(samples);
        var list = samples.ToList();
        var results = new List<TagSet>(list.Count);
        foreach (var sample in list)
        {
            results.Add(await tagger.TagAsync(sample.ToInput(), cancellationToken));
        }

        return Score(list, results, taxonomy, options ?? new TaggingEvaluationOptions());
    }

    private static TaggingEvaluation Score(List<TaggingSample> samples, List<TagSet> results, Taxonomy taxonomy, TaggingEvaluationOptions options)
    {
        var misses = new List<TaggingMiss>();
        var scores = new List<DimensionScore>();
        foreach (var dimension in TagDimensions.All)
        {
            int judged = 0, predicted = 0, correct = 0, topCorrect = 0;
            for (var i = 0; i < samples.Count; i++)
            {
                var expectedLabel = samples[i].Expected(dimension);
                if (string.IsNullOrWhiteSpace(expectedLabel))
                {
                    continue;
                }

                judged++;
                var expected = taxonomy.FindByLabel(dimension, expectedLabel);
                var expectedId = expected?.Id;
                var predictions = results[i].For(dimension)
                    .Where(t => t.Confidence >= options.MinConfidence)
                    .Take(options.TopK ?? int.MaxValue)
                    .ToList();
                var related = expectedId is null || !options.HierarchyLenient
                    ? []
                    : taxonomy.AncestorsOf(expectedId).Select(t => t.Id)
                        .Concat(Descendants(taxonomy, expectedId))
                        .ToHashSet(StringComparer.Ordinal);

                var hit = predictions.Any(t => t.TermId == expectedId);
                predicted += predictions.Count(t => t.TermId == expectedId || !related.Contains(t.TermId));
                correct += hit ? 1 : 0;
                var top = predictions.Count > 0 && predictions[0].TermId == expectedId;
                topCorrect += top ? 1 : 0;
                if (!top)
                {
                    misses.Add(new TaggingMiss(samples[i].Id, dimension, expected?.Label ?? expectedLabel, predictions.Select(t => t.Label).ToList()));
                }
            }

            scores.Add(new DimensionScore(dimension, judged, predicted, correct, topCorrect));
        }

        return new TaggingEvaluation(samples.Count, scores, misses);
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
