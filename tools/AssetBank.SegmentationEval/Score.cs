namespace AssetBank.SegmentationEval;

/// <summary>Counts for one system over the gold set, and the usual ratios.</summary>
internal sealed class Score(string system)
{
    public string System { get; } = system;

    public int GoldWords { get; private set; }

    public int PredictedWords { get; private set; }

    public int Correct { get; private set; }

    public int OovWords { get; private set; }

    public int OovCorrect { get; private set; }

    public int InVocabularyWords => GoldWords - OovWords;

    public int InVocabularyCorrect => Correct - OovCorrect;

    public double Precision => PredictedWords == 0 ? 0 : (double)Correct / PredictedWords;

    public double Recall => GoldWords == 0 ? 0 : (double)Correct / GoldWords;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double OovRecall => OovWords == 0 ? 0 : (double)OovCorrect / OovWords;

    public double InVocabularyRecall => InVocabularyWords == 0 ? 0 : (double)InVocabularyCorrect / InVocabularyWords;

    /// <summary>Adds one sentence; returns whether the system got every word of it right.</summary>
    public bool Add(IReadOnlyList<Span> gold, IReadOnlyList<Span> predicted, Func<Span, bool> isOov)
    {
        var predictedSet = predicted.ToHashSet();
        GoldWords += gold.Count;
        PredictedWords += predicted.Count;
        var correct = 0;
        foreach (var span in gold)
        {
            var hit = predictedSet.Contains(span);
            if (hit)
            {
                correct++;
            }

            if (isOov(span))
            {
                OovWords++;
                if (hit)
                {
                    OovCorrect++;
                }
            }
        }

        Correct += correct;
        return correct == gold.Count && predicted.Count == gold.Count;
    }
}
