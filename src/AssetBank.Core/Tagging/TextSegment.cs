namespace AssetBank.Core.Tagging;

/// <summary>A token found by an <see cref="ITextSegmenter"/>: UTF-16 start and length in the text given.</summary>
public readonly record struct TextSegment(int Start, int Length)
{
    public int End => Start + Length;
}
