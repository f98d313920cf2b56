using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>
/// Explains a search with no or few results: which parts matched nothing, and the nearest queries that would find
/// something (the query without those parts, the taxonomy's nearest labels, a spelling neighbour from the titles of
/// documents sharing most of the part's bigrams).
/// </summary>
internal sealed class QueryAdvisor(SearchAnalyzers analyzers, Taxonomy taxonomy, LuceneQueryBuilder builder)
{
    private const int MaxSuggestions = 5;

    public (List<QueryNote> Notes, List<string> Suggestions) Advise(IndexSearcher searcher, QueryInterpretation interpretation)
    {
        var notes = new List<QueryNote>();
        var suggestions = new List<string>();
        var scoring = interpretation.Parts.Where(p => !p.Excluded && p.Role is QueryPartRole.Dimension or QueryPartRole.FreeText).ToList();
        var empty = new List<InterpretedPart>();
        foreach (var part in scoring)
        {
            if (builder.Part(part, [], searcher.IndexReader) is { } clause && Count(searcher, clause) == 0)
            {
                empty.Add(part);
                notes.Add(new QueryNote("no-match", $"“{part.Text}”没有匹配任何内容。"));
            }
        }

        var kept = scoring.Except(empty).ToList();
        if (empty.Count > 0 && kept.Count > 0)
        {
            suggestions.Add(string.Join(' ', kept.Select(Typed)));
        }

        foreach (var part in empty.Where(p => p.Text.Length <= QueryInterpreter.PassageLength))
        {
            suggestions.AddRange(NearestLabels(part));
            if (SpellingNeighbour(searcher, part.Text) is { } neighbour)
            {
                suggestions.Add(string.Join(' ', kept.Select(Typed).Append(neighbour)));
            }
        }

        if (empty.Count == 0 && scoring.Count > 1)
        {
            // Each part matches something but not together: the parts one at a time.
            suggestions.AddRange(scoring.Select(Typed));
        }

        var distinct = suggestions.Where(s => s.Length > 0 && s != interpretation.Text).Distinct(StringComparer.Ordinal).Take(MaxSuggestions).ToList();
        if (distinct.Count > 0)
        {
            notes.Add(new QueryNote("suggest", "试试：" + string.Join(" ／ ", distinct)));
        }

        return (notes, distinct);
    }

    private static string Typed(InterpretedPart part) => part.Required && part.Role == QueryPartRole.FreeText ? $"\"{part.Text}\"" : part.Text;

    private static int Count(IndexSearcher searcher, Query query)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }

    /// <summary>Taxonomy labels sharing the most characters with the text (Dice over characters), the best three.</summary>
    private IEnumerable<string> NearestLabels(InterpretedPart part)
    {
        var text = part.Text;
        if (part.Role == QueryPartRole.Dimension)
        {
            // A label with no documents: its parent and siblings.
            return part.Terms.SelectMany(t => taxonomy.AncestorsOf(t.TermId).Take(1)
                    .SelectMany(parent => taxonomy.ChildrenOf(parent.Id).Prepend(parent)))
                .Where(t => part.Terms.All(r => r.TermId != t.Id)).Select(t => t.Label).Take(3);
        }

        return taxonomy.Terms
            .Select(t => (t.Label, Score: Dice(text, t.Label)))
            .Where(p => p.Score >= 0.4)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Label, StringComparer.Ordinal)
            .Take(3).Select(p => p.Label);
    }

    /// <summary>
    /// A brand or KOL name typed slightly wrong: the documents sharing most of its bigrams, and in their titles the
    /// stretch of the same length sharing most characters with it.
    /// </summary>
    private string? SpellingNeighbour(IndexSearcher searcher, string text)
    {
        var bigrams = analyzers.QueryTerms(SearchFields.Bigram, text);
        if (bigrams.Count < 2 || text.Length > 16)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: false);
        foreach (var bigram in bigrams)
        {
            any.Add(new TermQuery(new Term(SearchFields.Bigram, bigram)), Occur.SHOULD);
        }

        string? best = null;
        var bestScore = 0.5;
        foreach (var hit in searcher.Search(any, 5).ScoreDocs)
        {
            var title = searcher.Doc(hit.Doc).Get(SearchFields.Title);
            if (string.IsNullOrEmpty(title))
            {
                continue;
            }

            for (var length = Math.Max(2, text.Length - 1); length <= text.Length + 1; length++)
            {
                for (var at = 0; at + length <= title.Length; at++)
                {
                    var window = title.Substring(at, length);
                    var score = Dice(text, window);
                    if (score > bestScore && window != text)
                    {
                        (best, bestScore) = (window, score);
                    }
                }
            }
        }

        return best;
    }

    private static double Dice(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var left = a.ToCharArray().ToList();
        var shared = 0;
        foreach (var c in b)
        {
            if (left.Remove(c))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }
}
