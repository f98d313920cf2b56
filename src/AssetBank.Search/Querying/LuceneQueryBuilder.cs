using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Analysis;
using AssetBank.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>
/// Turns an interpretation and the explicit filters into one Lucene query.
/// </summary>
/// <remarks>
/// Each dimension or free-text part is one optional clause; a document must match at least the given share of them
/// (rounded up, at least one). A dimension clause adds the confidence-weighted tag match to text matches of the term's
/// label and synonyms; a free-text clause matches its words in the text (title included), with a bonus when they are in
/// the title, and, with a lower weight, CJK bigrams for what the segmenter split differently. Required dimension parts
/// and filters must all hold; filters do not score.
/// </remarks>
internal sealed class LuceneQueryBuilder(SearchAnalyzers analyzers, Taxonomy taxonomy, SearchOptions options)
{
    // Up to three words a part means all of them; a longer pasted phrase means most of them.
    private const int AllWordsUpTo = 3;
    private const double LongTextShare = 0.6;

    // Bigrams are the fallback for segmentation mismatches: most of a part's bigrams must be there, not any one.
    private const double BigramShare = 0.7;

    /// <param name="interpretation">The parts.</param>
    /// <param name="query">The explicit filters.</param>
    /// <param name="minimumShouldMatch">Share of the optional parts a document must match (rounded up, at least one).</param>
    public BuiltQuery Build(QueryInterpretation interpretation, SearchQuery query, double minimumShouldMatch)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        ArgumentNullException.ThrowIfNull(query);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var main = new BooleanQuery(disableCoord: true);
        var optional = 0;
        foreach (var part in interpretation.Parts)
        {
            switch (part.Role)
            {
                case QueryPartRole.Dimension when part.Required:
                    main.Add(DimensionTerms(part.Terms), Occur.MUST);
                    AddHighlights(highlight, part.Terms);
                    break;
                case QueryPartRole.Dimension:
                    main.Add(DimensionPart(part, highlight), Occur.SHOULD);
                    optional++;
                    break;
                case QueryPartRole.FreeText:
                    if (Text(part.Text, highlight) is { } text)
                    {
                        main.Add(text, Occur.SHOULD);
                        optional++;
                    }

                    break;
            }
        }

        if (optional > 0)
        {
            main.MinimumNumberShouldMatch = Math.Clamp((int)Math.Ceiling((minimumShouldMatch * optional) - 1e-9), 1, optional);
        }

        Query result = main.Clauses.Count > 0 ? main : new MatchAllDocsQuery();
        foreach (var filter in Filters(interpretation, query))
        {
            result = new FilteredQuery(result, filter);
        }

        return new BuiltQuery(result, optional > 0 || interpretation.Parts.Any(p => p.Role == QueryPartRole.Dimension), highlight)
        {
            OptionalParts = optional,
            RequiredOptionalParts = main.MinimumNumberShouldMatch,
        };
    }

    private Query DimensionTerms(IReadOnlyList<ResolvedTerm> terms)
    {
        if (terms.Count == 1)
        {
            return DimensionTerm(terms[0]);
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            any.Add(DimensionTerm(term), Occur.SHOULD);
        }

        return any;
    }

    private TermQuery DimensionTerm(ResolvedTerm term) =>
        new(new Term(SearchFields.DimensionField(term.Dimension), term.TermId)) { Boost = options.DimensionBoost };

    /// <summary>
    /// The tag match, or the label or a synonym in the text. One flat disjunction: every clause costs a terms-dictionary
    /// seek per segment, so a part stays a handful of term queries.
    /// </summary>
    private BooleanQuery DimensionPart(InterpretedPart part, HashSet<string> highlight)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in part.Terms)
        {
            any.Add(DimensionTerm(term), Occur.SHOULD);
        }

        var words = new List<(string Text, float Weight)> { (part.Text, 1f) };
        foreach (var resolved in part.Terms)
        {
            words.Add((resolved.Label, 1f));
            if (taxonomy.TryGetById(resolved.TermId, out var term))
            {
                words.AddRange(term.Synonyms.Take(options.MaxSynonyms).Select(s => (s, options.SynonymWeight)));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, weight) in words)
        {
            var tokens = analyzers.QueryTerms(SearchFields.Text, text);
            if (tokens.Count == 0 || !seen.Add(string.Join('\u0001', tokens)))
            {
                continue;
            }

            highlight.UnionWith(tokens);
            var clause = AllWords(SearchFields.Text, tokens, 1f);
            clause.Boost *= weight;
            any.Add(clause, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Words of free text in the text (all of them, or most for long text), a title bonus, and bigrams.</summary>
    private BooleanQuery? Text(string text, HashSet<string> highlight)
    {
        var words = analyzers.QueryTerms(SearchFields.Text, text);
        var clause = new BooleanQuery(disableCoord: true);
        if (words.Count > 0)
        {
            highlight.UnionWith(words);
            var inText = AllWords(SearchFields.Text, words, 1f);
            if (options.TitleBoost > 1f)
            {
                var best = new BooleanQuery(disableCoord: true) { { inText, Occur.MUST }, { AllWords(SearchFields.Title, words, options.TitleBoost - 1f), Occur.SHOULD } };
                clause.Add(best, Occur.SHOULD);
            }
            else
            {
                clause.Add(inText, Occur.SHOULD);
            }
        }

        if (options.BigramWeight > 0)
        {
            var bigrams = analyzers.QueryTerms(SearchFields.Bigram, text);
            if (bigrams.Count > 0 && !(bigrams.Count == words.Count && bigrams.SequenceEqual(words, StringComparer.Ordinal)))
            {
                var fallback = new BooleanQuery(disableCoord: true) { Boost = options.BigramWeight };
                foreach (var bigram in bigrams)
                {
                    fallback.Add(new TermQuery(new Term(SearchFields.Bigram, bigram)), Occur.SHOULD);
                }

                fallback.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(bigrams.Count * BigramShare));
                clause.Add(fallback, Occur.SHOULD);
            }
        }

        return clause.Clauses.Count == 0 ? null : clause;
    }

    private static Query AllWords(string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count == 1)
        {
            return new TermQuery(new Term(field, words[0])) { Boost = boost };
        }

        var all = new BooleanQuery(disableCoord: true) { Boost = boost };
        var occur = words.Count <= AllWordsUpTo ? Occur.MUST : Occur.SHOULD;
        foreach (var word in words)
        {
            all.Add(new TermQuery(new Term(field, word)), occur);
        }

        if (occur == Occur.SHOULD)
        {
            all.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Count * LongTextShare);
        }

        return all;
    }

    private void AddHighlights(HashSet<string> highlight, IEnumerable<ResolvedTerm> terms)
    {
        foreach (var term in terms)
        {
            highlight.UnionWith(analyzers.QueryTerms(SearchFields.Text, term.Label));
        }
    }

    /// <summary>
    /// Filters read doc values at random access (kind, channel, client ordinals; the creation date), so they cost per
    /// candidate document of the query, not per document of the index, and nothing is rebuilt per query.
    /// </summary>
    private static List<Filter> Filters(QueryInterpretation interpretation, SearchQuery query)
    {
        var filterParts = interpretation.Parts.Where(p => p.Role == QueryPartRole.Filter).ToList();
        var filters = new List<Filter>();
        AddAny(filters, SearchFields.Kind, query.Kinds.Select(DocumentMapper.NormalizeKind)
            .Concat(Values(filterParts, "kind")));
        AddAny(filters, SearchFields.Channel, query.Channels.Select(SearchChannels.Normalize).OfType<string>()
            .Concat(Values(filterParts, "channel")));
        AddAny(filters, SearchFields.Client, query.Clients.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())
            .Concat(Values(filterParts, "client")));

        DateTimeOffset? from = query.CreatedFrom;
        DateTimeOffset? before = query.CreatedBefore;
        foreach (var date in filterParts.Where(p => p.Field == "date"))
        {
            if (date.From is { } f && (from is null || f > from))
            {
                from = f;
            }

            if (date.Before is { } b && (before is null || b < before))
            {
                before = b;
            }
        }

        if (from is not null || before is not null)
        {
            filters.Add(FieldCacheRangeFilter.NewInt64Range(
                SearchFields.CreatedSort,
                from?.ToUnixTimeMilliseconds() ?? long.MinValue + 1,
                before?.ToUnixTimeMilliseconds(),
                true,
                false));
        }

        return filters;
    }

    private static IEnumerable<string> Values(IEnumerable<InterpretedPart> parts, string field) =>
        parts.Where(p => p.Field == field && !string.IsNullOrEmpty(p.Value)).Select(p => p.Value!);

    private static void AddAny(List<Filter> filters, string field, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > 0)
        {
            filters.Add(new FieldCacheTermsFilter(field, distinct));
        }
    }
}
