using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Lexicon;

/// <summary>Where words start and end in a text, from an <see cref="ITextSegmenter"/>.</summary>
internal sealed class TokenBoundaries
{
    private readonly bool[] _starts;
    private readonly bool[] _ends;

    private TokenBoundaries(int length)
    {
        _starts = new bool[length + 1];
        _ends = new bool[length + 1];
    }

    public static TokenBoundaries From(IReadOnlyList<TextSegment> segments, int textLength)
    {
        var boundaries = new TokenBoundaries(textLength);
        foreach (var segment in segments)
        {
            if (segment.Start < 0 || segment.Length <= 0 || segment.End > textLength)
            {
                continue;
            }

            boundaries._starts[segment.Start] = true;
            boundaries._ends[segment.End] = true;
        }

        return boundaries;
    }

    public bool IsStart(int index) => index < _starts.Length && _starts[index];

    public bool IsEnd(int index) => index < _ends.Length && _ends[index];
}
