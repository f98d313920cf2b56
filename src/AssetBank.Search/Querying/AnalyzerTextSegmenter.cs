using AssetBank.Core.Tagging;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Search.Querying;

/// <summary>Word boundaries from an analyzer's tokens (the Chinese analyzer in query mode): each token's offsets.</summary>
internal sealed class AnalyzerTextSegmenter(Analyzer analyzer, string field) : ITextSegmenter
{
    public IReadOnlyList<TextSegment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<TextSegment>();
        if (text.Length == 0)
        {
            return segments;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = offsets.StartOffset;
            var end = Math.Min(offsets.EndOffset, text.Length);
            if (start >= 0 && end > start)
            {
                segments.Add(new TextSegment(start, end - start));
            }
        }

        stream.End();
        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        return segments;
    }
}
