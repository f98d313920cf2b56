using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace AssetBank.Search.Indexing;

/// <summary>
/// Builds highlighted snippets without the highlighter module: picks the stored field and window holding the most
/// distinct query terms (a cheap search of the folded text), then re-analyses only that window with the index analyzer
/// and marks the tokens whose terms the query asked for, at their offsets.
/// </summary>
/// <remarks>
/// Re-analysing decides the marks, so 同事 is not marked inside 共同事业 when the segmenter splits it otherwise; the plain
/// text search only chooses where to look. When analysis marks nothing in the window, the plain occurrences are marked.
/// </remarks>
internal sealed class SnippetBuilder(Analyzer indexAnalyzer, int length)
{
    private const int MaxOccurrences = 64;
    private const int Lead = 12;
    private const string Ellipsis = "…";

    private static readonly string[] ShotFields = [SearchFields.Subtitles, SearchFields.OnScreenText, SearchFields.Body, SearchFields.Captions, SearchFields.Comments, SearchFields.Title];
    private static readonly string[] AssetFields = [SearchFields.Body, SearchFields.Comments, SearchFields.Subtitles, SearchFields.OnScreenText, SearchFields.Captions, SearchFields.Title];

    public SearchSnippet? Build(Document doc, IReadOnlySet<string> terms, bool isShot)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(terms);
        var fields = isShot ? ShotFields : AssetFields;
        string? bestField = null;
        string? bestText = null;
        List<(int Start, int Length, int Term)>? bestOccurrences = null;
        var bestDistinct = 0;
        string? firstField = null;
        string? firstText = null;
        foreach (var field in fields)
        {
            var text = doc.Get(field);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (firstText is null && field != SearchFields.Title)
            {
                firstField = field;
                firstText = text;
            }

            if (terms.Count == 0)
            {
                continue;
            }

            var occurrences = Occurrences(text, terms);
            var distinct = occurrences.Select(o => o.Term).Distinct().Count();
            if (distinct > bestDistinct)
            {
                bestDistinct = distinct;
                bestField = field;
                bestText = text;
                bestOccurrences = occurrences;
            }
        }

        if (bestText is null || bestOccurrences is null)
        {
            return firstText is null ? null : Compose(firstField!, firstText, 0, Math.Min(firstText.Length, length), []);
        }

        var (start, end) = Window(bestText, bestOccurrences);
        var highlights = Analyse(bestText, start, end, terms);
        if (highlights.Count == 0)
        {
            highlights = bestOccurrences
                .Where(o => o.Start >= start && o.Start + o.Length <= end)
                .Select(o => new SnippetHighlight(o.Start - start, o.Length))
                .ToList();
        }

        return Compose(bestField!, bestText, start, end, Merge(highlights));
    }

    private static List<(int Start, int Length, int Term)> Occurrences(string text, IReadOnlySet<string> terms)
    {
        var folded = TaxonomyText.Fold(text);
        var found = new List<(int, int, int)>();
        var index = 0;
        foreach (var term in terms)
        {
            var at = 0;
            while (found.Count < MaxOccurrences && (at = folded.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
            {
                found.Add((at, term.Length, index));
                at += term.Length;
            }

            index++;
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    /// <summary>The window of <c>length</c> characters holding the most distinct terms, starting a little before its first.</summary>
    private (int Start, int End) Window(string text, List<(int Start, int Length, int Term)> occurrences)
    {
        var bestStart = 0;
        var bestCount = -1;
        var distinct = new HashSet<int>();
        foreach (var anchor in occurrences)
        {
            var start = Math.Max(0, anchor.Start - Lead);
            distinct.Clear();
            foreach (var o in occurrences)
            {
                if (o.Start >= start && o.Start + o.Length <= start + length)
                {
                    distinct.Add(o.Term);
                }
            }

            if (distinct.Count > bestCount)
            {
                bestCount = distinct.Count;
                bestStart = start;
            }
        }

        var end = Math.Min(text.Length, bestStart + length);
        bestStart = Math.Max(0, Math.Min(bestStart, end - length));
        if (bestStart > 0 && char.IsLowSurrogate(text[bestStart]))
        {
            bestStart--;
        }

        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return (bestStart, end);
    }

    private List<SnippetHighlight> Analyse(string text, int start, int end, IReadOnlySet<string> terms)
    {
        var spans = new List<SnippetHighlight>();
        var window = text[start..end];
        using var stream = indexAnalyzer.GetTokenStream(SearchFields.Text, window);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()))
            {
                var from = Math.Clamp(offsets.StartOffset, 0, window.Length);
                var to = Math.Clamp(offsets.EndOffset, from, window.Length);
                if (to > from)
                {
                    spans.Add(new SnippetHighlight(from, to - from));
                }
            }
        }

        stream.End();
        return spans;
    }

    private static List<SnippetHighlight> Merge(List<SnippetHighlight> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<SnippetHighlight>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new SnippetHighlight(last.Start, Math.Max(last.End, span.End) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static SearchSnippet Compose(string field, string text, int start, int end, IReadOnlyList<SnippetHighlight> highlights)
    {
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var suffix = end < text.Length ? Ellipsis : string.Empty;
        var body = string.Create(end - start, (text, start), static (span, state) =>
        {
            state.text.AsSpan(state.start, span.Length).CopyTo(span);
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] is '\r' or '\n' or '\t')
                {
                    span[i] = ' ';
                }
            }
        });
        var shifted = highlights.Select(h => new SnippetHighlight(h.Start + prefix.Length, h.Length)).ToList();
        return new SearchSnippet(field, prefix + body + suffix, shifted);
    }
}
