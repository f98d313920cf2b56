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
/// Each dimension or free-text part is one optional clause, and the parts are a ranked OR: a document matching more of
/// them ranks higher by the share it matches (coord), and a document must match at least the given share of them
/// (rounded up, at least one; by default one). Parts typed with <c>+</c>, quoted phrases and explicit <c>行业:</c> parts
/// must match; <c>-</c> parts must not. A dimension clause adds the confidence-weighted tag match to text matches of
/// the term's label and synonyms, and, down-weighted, its strongest keywords, its children's labels and its parent
/// tag (the taxonomy expansion). A free-text clause matches its words in the text (title included), more of them
/// scoring higher, with a bonus in the title and, with a lower weight, CJK bigrams for what the segmenter split
/// differently; a passage-length part is read for its key words (by weight in the query and rarity in the index).
/// Tags shared by the top hits of a first run may be added as low-weight alternatives (pseudo-relevance feedback).
/// Filters do not score.
/// </remarks>
internal sealed class LuceneQueryBuilder(SearchAnalyzers analyzers, Taxonomy taxonomy, SearchOptions options)
{
    // A part of more words than this is read as a passage: key words, ranked.
    private const int PassageWords = 10;

    // Bigrams are the fallback for segmentation mismatches: most of a part's bigrams must be there, not any one.
    private const double BigramShare = 0.7;

    // A part of up to two words (白鲸文案 → 白鲸 文案) means both: one common word alone (文案) is no match. Of a longer
    // part's words at least this share (rounded up) must be there, more of them scoring higher.
    private const int AllWordsUpTo = 2;
    private const double WordShare = 0.5;

    // A free-text keyword implies its term only when the taxonomy rates it a strong clue.
    private const double MinImpliedWeight = 0.7;
    private const int MaxImpliedTerms = 4;

    // Keywords weaker than this are clues for the tagger, too loose to expand a query with.
    private const double MinKeywordWeight = 0.5;

    /// <param name="interpretation">The parts.</param>
    /// <param name="query">The explicit filters.</param>
    /// <param name="minimumShouldMatch">Share of the optional parts a document must match (rounded up, at least one).</param>
    /// <param name="reader">The index, for the rarity of a passage's words; null weighs them by the query alone.</param>
    /// <param name="feedback">Tags from the top hits of a first run, added as low-weight alternatives.</param>
    public BuiltQuery Build(QueryInterpretation interpretation, SearchQuery query, double minimumShouldMatch, IndexReader? reader = null, IReadOnlyList<ResolvedTerm>? feedback = null)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        ArgumentNullException.ThrowIfNull(query);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var main = new BooleanQuery(disableCoord: false);
        var excluded = new List<Query>();
        var optional = 0;
        var required = 0;
        foreach (var part in interpretation.Parts)
        {
            if (part.Excluded)
            {
                if (Part(part, [], reader) is { } not)
                {
                    excluded.Add(not);
                }

                continue;
            }

            if (part.Role == QueryPartRole.Filter || Part(part, highlight, reader) is not { } clause)
            {
                continue;
            }

            if (part.Required)
            {
                main.Add(clause, Occur.MUST);
                required++;
            }
            else
            {
                main.Add(clause, Occur.SHOULD);
                optional++;
            }
        }

        if (optional > 0 && required == 0)
        {
            main.MinimumNumberShouldMatch = Math.Clamp((int)Math.Ceiling((minimumShouldMatch * optional) - 1e-9), 1, optional);
        }

        Query positive = main.Clauses.Count > 0 ? main : new MatchAllDocsQuery();
        if (main.Clauses.Count > 0 && feedback is { Count: > 0 })
        {
            var withFeedback = new BooleanQuery(disableCoord: true) { { main, required > 0 ? Occur.MUST : Occur.SHOULD } };
            var tags = new BooleanQuery(disableCoord: true) { Boost = options.FeedbackWeight };
            foreach (var term in feedback)
            {
                tags.Add(DimensionTerm(term), Occur.SHOULD);
            }

            withFeedback.Add(tags, Occur.SHOULD);
            positive = withFeedback;
        }

        var excludedFilters = ExcludedFilters(interpretation);
        Query result = positive;
        if (excluded.Count > 0 || excludedFilters.Count > 0)
        {
            var outer = new BooleanQuery(disableCoord: true) { { positive, Occur.MUST } };
            excluded.ForEach(q => outer.Add(q, Occur.MUST_NOT));
            excludedFilters.ForEach(f => outer.Add(new ConstantScoreQuery(f), Occur.MUST_NOT));
            result = outer;
        }

        foreach (var filter in Filters(interpretation, query))
        {
            result = new FilteredQuery(result, filter);
        }

        return new BuiltQuery(result, optional > 0 || required > 0, highlight)
        {
            OptionalParts = optional,
            RequiredOptionalParts = main.MinimumNumberShouldMatch,
        };
    }

    /// <summary>The clause of one dimension or free-text part (null when nothing in it is searchable).</summary>
    public Query? Part(InterpretedPart part, HashSet<string> highlight, IndexReader? reader) => part.Role switch
    {
        QueryPartRole.Dimension when part.Explicit => AddHighlights(highlight, part.Terms, DimensionTerms(part.Terms)),
        QueryPartRole.Dimension => DimensionPart(part, highlight),
        QueryPartRole.FreeText => Text(part.Text, highlight, part.Required || part.Excluded, reader),
        _ => null,
    };

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
            if (!taxonomy.TryGetById(resolved.TermId, out var term))
            {
                continue;
            }

            words.AddRange(term.Synonyms.Take(options.MaxSynonyms).Select(s => (s, options.SynonymWeight)));
            if (options.ExpansionWeight <= 0)
            {
                continue;
            }

            words.AddRange(term.Keywords.Where(k => k.Weight >= MinKeywordWeight).OrderByDescending(k => k.Weight).Take(options.MaxKeywords)
                .Select(k => (k.Text, options.ExpansionWeight * (float)k.Weight)));
            words.AddRange(taxonomy.ChildrenOf(term.Id).Take(options.MaxSynonyms).Select(c => (c.Label, options.ExpansionWeight)));
            if (term.ParentId is { } parent)
            {
                // The parent's id is indexed on every tagged child: this matches the siblings, down-weighted.
                any.Add(new TermQuery(new Term(SearchFields.DimensionField(term.Dimension), parent)) { Boost = options.DimensionBoost * options.ExpansionWeight * 0.5f }, Occur.SHOULD);
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

            if (weight >= options.SynonymWeight)
            {
                highlight.UnionWith(tokens);
            }

            var clause = Words(SearchFields.Text, tokens, 1f, all: true);
            clause.Boost *= weight;
            any.Add(clause, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>
    /// Words of free text in the text (more of them scoring higher; all of them when <paramref name="exact"/>), a title
    /// bonus, and bigrams (in order when exact: the phrase as typed). A passage is read for its key words instead.
    /// </summary>
    private BooleanQuery? Text(string text, HashSet<string> highlight, bool exact, IndexReader? reader)
    {
        var words = analyzers.QueryTerms(SearchFields.Text, text);
        if (!exact && words.Count > PassageWords)
        {
            return Passage(text, highlight, reader);
        }

        var clause = new BooleanQuery(disableCoord: true);
        if (words.Count > 0)
        {
            highlight.UnionWith(words);
            var inText = Words(SearchFields.Text, words, 1f, exact);
            if (options.TitleBoost > 1f)
            {
                var best = new BooleanQuery(disableCoord: true) { { inText, Occur.MUST }, { Words(SearchFields.Title, words, options.TitleBoost - 1f, exact), Occur.SHOULD } };
                clause.Add(best, Occur.SHOULD);
            }
            else
            {
                clause.Add(inText, Occur.SHOULD);
            }
        }

        var bigrams = analyzers.QueryTerms(SearchFields.Bigram, text);
        if (exact && bigrams.Count > 1)
        {
            var phrase = new PhraseQuery();
            foreach (var bigram in bigrams)
            {
                phrase.Add(new Term(SearchFields.Bigram, bigram));
            }

            clause.Add(phrase, Occur.SHOULD);
        }
        else if (options.BigramWeight > 0 && bigrams.Count > 0 && !(bigrams.Count == words.Count && bigrams.SequenceEqual(words, StringComparer.Ordinal)))
        {
            var fallback = new BooleanQuery(disableCoord: true) { Boost = options.BigramWeight };
            foreach (var bigram in bigrams)
            {
                fallback.Add(new TermQuery(new Term(SearchFields.Bigram, bigram)), Occur.SHOULD);
            }

            fallback.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(bigrams.Count * BigramShare));
            clause.Add(fallback, Occur.SHOULD);
        }

        if (!exact)
        {
            AddImpliedTerms(clause, text);
        }

        return clause.Clauses.Count == 0 ? null : clause;
    }

    /// <summary>
    /// Taxonomy terms free text implies without naming them: a strong keyword or a synonym inside it (当爹 → 新手爸爸,
    /// 哄娃 → 哄睡). Each is searched like a named term, down-weighted, so items tagged with it or saying it in other
    /// words are found too.
    /// </summary>
    private void AddImpliedTerms(BooleanQuery clause, string text)
    {
        if (options.ExpansionWeight <= 0)
        {
            return;
        }

        var implied = taxonomy.Terms
            .Where(t => t.Synonyms.Any(s => s.Length >= 2 && text.Contains(s, StringComparison.Ordinal))
                || t.Keywords.Any(k => k.Weight >= MinImpliedWeight && k.Text.Length >= 2 && text.Contains(k.Text, StringComparison.Ordinal)))
            .Take(MaxImpliedTerms);
        foreach (var term in implied)
        {
            var part = new InterpretedPart(term.Label, QueryPartRole.Dimension) { Terms = [new ResolvedTerm(term.Dimension, term.Id, term.Label)] };
            var query = DimensionPart(part, []);
            query.Boost = options.ExpansionWeight;
            clause.Add(query, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The key words of a passage: each word's count in the passage times its rarity in the index (words the index
    /// lacks, and single characters, are dropped), the strongest few as a ranked OR, weighted.
    /// </summary>
    private BooleanQuery? Passage(string text, HashSet<string> highlight, IndexReader? reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in analyzers.AllQueryTerms(SearchFields.Text, text))
        {
            if (word.Length >= 2)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var documents = Math.Max(1, reader?.NumDocs ?? 1);
        var weighted = new List<(string Word, double Weight)>();
        foreach (var (word, count) in counts)
        {
            var df = reader?.DocFreq(new Term(SearchFields.Text, word)) ?? 1;
            if (df == 0)
            {
                continue;
            }

            weighted.Add((word, (1 + Math.Log(count)) * Math.Log(1 + ((double)documents / df))));
        }

        var top = weighted.OrderByDescending(w => w.Weight).ThenBy(w => w.Word, StringComparer.Ordinal).Take(options.MaxPassageWords).ToList();
        if (top.Count == 0)
        {
            return null;
        }

        var max = top[0].Weight;
        var any = new BooleanQuery(disableCoord: false);
        foreach (var (word, weight) in top)
        {
            highlight.Add(word);
            any.Add(new TermQuery(new Term(SearchFields.Text, word)) { Boost = (float)(max > 0 ? weight / max : 1) }, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>All the words (labels, exact phrases), or a ranked share of them (free text).</summary>
    private static Query Words(string field, IReadOnlyList<string> words, float boost, bool all)
    {
        if (words.Count == 1)
        {
            return new TermQuery(new Term(field, words[0])) { Boost = boost };
        }

        all |= words.Count <= AllWordsUpTo;
        var query = new BooleanQuery(disableCoord: all) { Boost = boost };
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(field, word)), all ? Occur.MUST : Occur.SHOULD);
        }

        if (!all)
        {
            query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling((words.Count * WordShare) - 1e-9));
        }

        return query;
    }

    private Query AddHighlights(HashSet<string> highlight, IEnumerable<ResolvedTerm> terms, Query query)
    {
        foreach (var term in terms)
        {
            highlight.UnionWith(analyzers.QueryTerms(SearchFields.Text, term.Label));
        }

        return query;
    }

    /// <summary>
    /// Filters read doc values at random access (kind, channel, client ordinals; the creation date), so they cost per
    /// candidate document of the query, not per document of the index, and nothing is rebuilt per query.
    /// </summary>
    private static List<Filter> Filters(QueryInterpretation interpretation, SearchQuery query)
    {
        var filterParts = interpretation.Parts.Where(p => p.Role == QueryPartRole.Filter && !p.Excluded).ToList();
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

        if (query.UsableFor is not null || query.UsableIn is not null)
        {
            filters.Add(RightsFieldCodec.Usable(query.UsableFor, query.UsableIn, query.UsableOn ?? DateOnly.FromDateTime(DateTime.Today)));
        }

        return filters;
    }

    /// <summary>Kind, channel and client values typed with a minus: documents with any of them are left out.</summary>
    private static List<Filter> ExcludedFilters(QueryInterpretation interpretation)
    {
        var parts = interpretation.Parts.Where(p => p.Role == QueryPartRole.Filter && p.Excluded).ToList();
        var filters = new List<Filter>();
        foreach (var field in new[] { ("kind", SearchFields.Kind), ("channel", SearchFields.Channel), ("client", SearchFields.Client) })
        {
            AddAny(filters, field.Item2, Values(parts, field.Item1));
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
