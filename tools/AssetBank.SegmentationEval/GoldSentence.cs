namespace AssetBank.SegmentationEval;

/// <summary>One hand-segmented sentence: the words as written in the gold file, and their concatenation.</summary>
internal sealed record GoldSentence(int LineNumber, IReadOnlyList<string> Words)
{
    public string Text { get; } = string.Concat(Words);
}
