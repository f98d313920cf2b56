using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Search;
using AssetBank.Search.Collecting;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>
/// Runs a search on one searcher: interprets the text, builds the Lucene query, relaxes it when too little matches,
/// and scores the segments (in parallel slices on a large index); <see cref="ResultShaper"/> turns the hits into results.
/// </summary>
internal sealed class QueryExecution(SearchOptions options, QueryInterpreter interpreter, LuceneQueryBuilder builder, OrdinalCache ordinals, ResultShaper shaper, QueryAdvisor advisor)
{
    // How many more hits than a page shows are collected, so that a page stays full after collapsing.
    private const int CollapseWindow = 3;

    private readonly QueryAdvisor _advisor = advisor;
    private readonly SearchOptions _options = options;
    private readonly QueryInterpreter _interpreter = interpreter;
    private readonly LuceneQueryBuilder _builder = builder;
    private readonly OrdinalCache _ordinals = ordinals;
    private readonly ResultShaper _shaper = shaper;

    public SearchResults Search(IndexSearcher searcher, SearchQuery query)
    {
        var started = Stopwatch.GetTimestamp();
        var interpretation = _interpreter.Interpret(query.Text);
        if (query.Dimensions.Count > 0)
        {
            interpretation = _interpreter.WithDimensionFilters(interpretation, query.Dimensions);
        }

        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, _options.MaxPageSize);
        var start = (long)(page - 1) * size;
        if (start + size > _options.MaxResultWindow)
        {
            interpretation = interpretation with
            {
                Notes = [.. interpretation.Notes, new QueryNote("page-limit", string.Create(CultureInfo.InvariantCulture, $"只能翻到第 {_options.MaxResultWindow} 条结果：请加筛选条件缩小范围。"))],
            };
        }

        var reader = searcher.IndexReader;
        var built = _builder.Build(interpretation, query, _options.MinimumShouldMatch, reader);
        // Hits folded into others (one result per piece of work) leave gaps: collect a wider window, collapse, then page.
        var window = (int)Math.Min(_options.MaxResultWindow, (start + size) * CollapseWindow);
        var run = Run(searcher, built, query, 0, window);
        if (run.Total < _options.RelaxBelow && built.OptionalParts > 1)
        {
            var relaxed = _builder.Build(interpretation, query, _options.RelaxedMinimumShouldMatch, reader);
            if (relaxed.RequiredOptionalParts < built.RequiredOptionalParts)
            {
                var broader = Run(searcher, relaxed, query, 0, window);
                if (broader.Total > run.Total)
                {
                    (built, run) = (relaxed, broader);
                    interpretation = interpretation with
                    {
                        Notes = [.. interpretation.Notes, new QueryNote("relaxed", string.Create(CultureInfo.InvariantCulture, $"完全符合的结果不多：也列出了符合其中 {relaxed.RequiredOptionalParts} 个条件（共 {relaxed.OptionalParts} 个）的内容。"))],
                    };
                }
            }
        }

        // A passage already brings many words of its own; feedback would only add cost there.
        var passage = interpretation.Notes.Any(n => n.Code == "passage");
        if (!passage && built.OptionalParts > 0 && run.Total > 0 && Feedback(searcher, run.Page, interpretation) is { Count: > 0 } feedback)
        {
            var expanded = _builder.Build(interpretation, query, built.RequiredOptionalParts == 1 ? _options.MinimumShouldMatch : _options.RelaxedMinimumShouldMatch, reader, feedback);
            (built, run) = (expanded with { HighlightTerms = built.HighlightTerms }, Run(searcher, expanded, query, 0, window));
        }

        IReadOnlyList<string> suggestions = [];
        if (run.Total < _options.FewResults && !interpretation.IsEmpty)
        {
            var (notes, nearer) = _advisor.Advise(searcher, interpretation);
            interpretation = interpretation with { Notes = [.. interpretation.Notes, .. notes] };
            suggestions = nearer;
        }
        else if (built.Scored && !interpretation.IsEmpty)
        {
            var (notes, nearer) = _advisor.Unmatched(reader, interpretation);
            interpretation = interpretation with { Notes = [.. interpretation.Notes, .. notes] };
            suggestions = nearer;
        }

        var resolved = interpretation.ResolvedTerms;
        var hits = WorkCollapser.Collapse(searcher, run.Page)
            .Skip((int)Math.Min(start, int.MaxValue)).Take(size)
            .Select(g => _shaper.Hit(searcher, g.Lead.Doc, g.Lead.Score, resolved, built, query.IncludeSnippets) with { OtherForms = g.Others })
            .ToList();
        return new SearchResults
        {
            TotalHits = run.Total,
            Page = page,
            PageSize = size,
            Hits = hits,
            Groups = _shaper.Groups(run.Collector, searcher, resolved, built, query),
            Kinds = query.IncludeFacets ? ResultShaper.Kinds(run.Collector) : [],
            Channels = query.IncludeFacets ? ResultShaper.Channels(run.Collector) : [],
            Facets = query.IncludeFacets ? _shaper.Facets(run.Collector, Math.Max(1, query.FacetLimit)) : [],
            Interpretation = interpretation,
            Suggestions = suggestions,
            Elapsed = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>
    /// Pseudo-relevance feedback, bounded: the tags that at least two of the top few hits share and the query does not
    /// name, the most shared first. They come back as low-weight alternatives, so items tagged like the best hits are
    /// found even when they share no word with the query.
    /// </summary>
    private List<ResolvedTerm> Feedback(IndexSearcher searcher, ScoreDoc[] ranked, QueryInterpretation interpretation)
    {
        if (_options.FeedbackDocuments <= 0 || _options.FeedbackTerms <= 0 || _options.FeedbackWeight <= 0)
        {
            return [];
        }

        var named = interpretation.Parts.SelectMany(p => p.Terms).Select(t => t.TermId).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, (ResolvedTerm Term, int Count, double Confidence)>(StringComparer.Ordinal);
        // The first run's best hits (by score when it ranked by score; by date they are the newest matches, still on topic).
        foreach (var top in ranked.Take(_options.FeedbackDocuments))
        {
            foreach (var tag in _shaper.Tags(searcher, top.Doc))
            {
                if (named.Contains(tag.TermId))
                {
                    continue;
                }

                var (_, count, confidence) = counts.GetValueOrDefault(tag.TermId);
                counts[tag.TermId] = (new ResolvedTerm(tag.Dimension, tag.TermId, tag.Label), count + 1, confidence + tag.Confidence);
            }
        }

        return counts.Values.Where(c => c.Count >= 2)
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.Confidence).ThenBy(c => c.Term.TermId, StringComparer.Ordinal)
            .Take(_options.FeedbackTerms).Select(c => c.Term).ToList();
    }

    /// <summary>
    /// Runs a query over all segments: split into slices of similar size searched in parallel when the index is large
    /// (a query's time is mostly scoring, which splits by segment), the slices' hits and counts merged after.
    /// </summary>
    private (int Total, ScoreDoc[] Page, SearchCollector Collector) Run(IndexSearcher searcher, BuiltQuery built, SearchQuery query, long start, int size)
    {
        // "By date" stands for any field order: date, or engagement when asked for.
        var byDate = query.Sort != SearchSort.Relevance || !built.Scored;
        var window = (int)Math.Clamp(start + size, 1, _options.MaxResultWindow);
        var weight = searcher.CreateNormalizedWeight(built.Query);
        var slices = Slices(searcher.IndexReader.Leaves);
        var results = new (int Total, ScoreDoc[] Top, SearchCollector Collector)[slices.Count];
        if (slices.Count == 1)
        {
            results[0] = SearchSlice(weight, slices[0], query, byDate, window);
        }
        else
        {
            try
            {
                Parallel.For(0, slices.Count, i => results[i] = SearchSlice(weight, slices[i], query, byDate, window));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }

        var collector = results[0].Collector;
        var total = results[0].Total;
        for (var i = 1; i < results.Length; i++)
        {
            collector.Merge(results[i].Collector);
            total += results[i].Total;
        }

        IEnumerable<ScoreDoc> ranked = results.Length == 1
            ? results[0].Top
            : byDate
                ? results.SelectMany(r => r.Top).OrderByDescending(CreatedOf).ThenByDescending(d => d.Score).ThenBy(d => d.Doc)
                : results.SelectMany(r => r.Top).OrderByDescending(d => d.Score).ThenBy(d => d.Doc);
        var page = start >= window ? [] : ranked.Skip((int)start).Take(size).ToArray();
        return (total, page, collector);
    }

    private (int Total, ScoreDoc[] Top, SearchCollector Collector) SearchSlice(Weight weight, IReadOnlyList<AtomicReaderContext> leaves, SearchQuery query, bool byDate, int window)
    {
        TopScoreDocCollector? byScore = null;
        TopFieldCollector? byField = null;
        ICollector top = byDate
            ? byField = TopFieldCollector.Create(query.Sort == SearchSort.Engagement ? EngagementSort : DateSort, window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : byScore = TopScoreDocCollector.Create(window, docsScoredInOrder: true);
        var collector = new SearchCollector(top, _ordinals, query.IncludeFacets, query.HitsPerGroup, byDate, query.Sort == SearchSort.Engagement ? SearchFields.EngagementSort : SearchFields.CreatedSort);
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            scorer?.Score(collector);
        }

        collector.Finish();
        var total = byScore?.TotalHits ?? byField!.TotalHits;
        var docs = (byScore?.GetTopDocs() ?? byField!.GetTopDocs()).ScoreDocs;
        return (total, docs, collector);
    }

    /// <summary>One slice when the index is small or one thread is configured; else up to that many, balanced by size.</summary>
    private List<IReadOnlyList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves)
    {
        var documents = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var count = Math.Min(_options.SearchThreads, leaves.Count);
        if (count <= 1 || documents < _options.ParallelSearchMinDocuments)
        {
            return [leaves.ToList()];
        }

        var slices = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            slices[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }

        return slices.Where(s => s.Count > 0).Select(s => (IReadOnlyList<AtomicReaderContext>)s.OrderBy(l => l.DocBase).ToList()).ToList();
    }

    /// <summary>The date a date-sorted hit was ranked by (Lucene.Net boxes it as its own numeric type, which converts).</summary>
    private static long CreatedOf(ScoreDoc doc) =>
        doc is FieldDoc { Fields: { Length: > 0 } fields } && fields[0] is IConvertible value ? value.ToInt64(CultureInfo.InvariantCulture) : long.MinValue;

    private static Sort DateSort { get; } = new(new SortField(SearchFields.CreatedSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    private static Sort EngagementSort { get; } = new(new SortField(SearchFields.EngagementSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);
}
