namespace AssetBank.Search.Scoring;

/// <summary>
/// Tag confidence travels in the index as the term frequency of the dimension term: a tag of confidence 0.85 is indexed
/// 9 times out of <see cref="Steps"/>. The same idea as Lucene's later delimited term frequencies, done with repeated tokens.
/// </summary>
internal static class ConfidenceScale
{
    // Tenths: finer steps cost indexing time (every step is a token) and would not change rankings that text decides anyway.
    public const int Steps = 10;

    public static int ToFrequency(double confidence)
    {
        if (!double.IsFinite(confidence))
        {
            return 1;
        }

        return Math.Clamp((int)Math.Round(confidence * Steps, MidpointRounding.AwayFromZero), 1, Steps);
    }

    public static float ToConfidence(float frequency) => Math.Min(frequency, Steps) / Steps;
}
