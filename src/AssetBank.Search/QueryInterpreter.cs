using System.Globalization;
using System.Text;
using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Querying;

namespace AssetBank.Search;

/// <summary>
/// Reads query text into parts: taxonomy terms (by label or synonym, in any dimension), explicit filters and free text.
/// Pure: no index, no I/O; never throws on any text.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Parts are separated by white space, commas (, ，), 、, ;, +, /, | and, inside a chunk, by —, –, -, × and an x
/// between Chinese characters: <c>母婴—夜醒—焦虑—新手爸爸</c> has four parts.</item>
/// <item>A part naming a taxonomy label or synonym becomes a dimension part; otherwise, with a segmenter, its words are
/// grouped so that runs naming a term (up to four words) become dimension parts and the rest stays free text
/// (<c>新手爸爸半夜哄娃</c> → 新手爸爸 + 半夜哄娃); without one, a part made up entirely of labels is split into them.</item>
/// <item><c>行业:母婴</c> (also <c>industry:</c>, <c>场景:</c>, <c>情绪:</c>, <c>关系:</c>…) requires the term;
/// <c>kind:video</c> / <c>类型:视频</c>, <c>channel:小红书</c> / <c>渠道:</c>, <c>client:</c> / <c>客户:</c> and
/// <c>date:2023..2024</c> / <c>日期:</c> filter. Unknown names and values are searched as text, with a note.</item>
/// <item>Quoted text (<c>"…"</c>, <c>“…”</c>, <c>「…」</c>) is one free-text part, not resolved, that must match; <c>+word</c> must match; <c>-word</c> and <c>-行业:母婴</c> exclude.</item>
/// <item>Text of <see cref="PassageLength"/> characters or more (a pasted brief) is read as a passage: its labels and key words, ranked.</item>
/// <item>Traditional Chinese is folded to simplified first (閨蜜 → 闺蜜).</item>
/// <item>Query syntax characters mean nothing here: the index never hands user text to a query parser, it analyses it,
/// so <c>AND</c>, <c>*</c>, <c>(</c> or <c>~</c> are just characters.</item>
/// </list>
/// </remarks>
public sealed class QueryInterpreter
{
    public const int DefaultMaxLength = 512;

    /// <summary>Parts beyond this are dropped (with a note): they could not change the ranking much but cost time.</summary>
    public const int MaxParts = 32;

    /// <summary>Text this long is read as a passage (a pasted brief, a sentence): its labels plus one ranked free-text part.</summary>
    public const int PassageLength = 60;

    private const int MaxPassageTerms = 12;
    private const int MaxJoinedWords = 4;
    private const int MaxLabelLength = 16;

    private static readonly HashSet<char> Particles = ['的', '地', '得', '了', '和', '与', '及', '或', '跟', '在', '是', '也', '都', '吗', '呢', '吧', '啊', '之'];

    private readonly Taxonomy _taxonomy;
    private readonly ITextSegmenter? _segmenter;
    private readonly TimeSpan _dateOffset;
    private readonly int _maxLength;

    /// <param name="taxonomy">Labels and synonyms to resolve parts against.</param>
    /// <param name="segmenter">Word segmenter for parts that are not a label as a whole; null to split only on labels.</param>
    /// <param name="dateOffset">Calendar offset of <c>date:</c> values; default Beijing time (+08:00).</param>
    /// <param name="maxLength">Characters kept of the text; the rest is cut off with a note.</param>
    public QueryInterpreter(Taxonomy taxonomy, ITextSegmenter? segmenter = null, TimeSpan? dateOffset = null, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        _taxonomy = taxonomy;
        _segmenter = segmenter;
        _dateOffset = dateOffset ?? TimeSpan.FromHours(8);
        _maxLength = maxLength;
    }

    public QueryInterpretation Interpret(string? text)
    {
        var notes = new List<QueryNote>();
        var cleaned = TraditionalChineseFolding.Fold(Clean(text ?? string.Empty, notes));
        if (cleaned.Length == 0)
        {
            notes.Add(new QueryNote("empty", "没有查询词：列出全部内容，最新的在前。"));
            return new QueryInterpretation { Text = cleaned, Notes = notes };
        }

        var parts = new List<InterpretedPart>();
        if (cleaned.Length >= PassageLength)
        {
            Passage(cleaned, parts, notes);
            return new QueryInterpretation { Text = cleaned, Parts = parts, Notes = notes };
        }

        var chunks = QuerySplitter.SplitStrong(cleaned);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var first = parts.Count;
            if (chunk.Quoted)
            {
                parts.Add(new InterpretedPart(chunk.Text, QueryPartRole.FreeText));
            }
            else if (TrySplitExplicit(chunk.Text, out var name, out var value))
            {
                if (value.Length == 0 && i + 1 < chunks.Count && !chunks[i + 1].Quoted && !TrySplitExplicit(chunks[i + 1].Text, out _, out _))
                {
                    value = chunks[++i].Text;
                }

                Explicit(name, value, parts, notes);
            }
            else
            {
                foreach (var piece in QuerySplitter.SplitWeak(chunk.Text))
                {
                    Resolve(piece, parts);
                }
            }

            ApplyModifier(parts, first, chunk.Modifier);
        }

        var distinct = Deduplicate(parts);
        if (distinct.Count > MaxParts)
        {
            notes.Add(new QueryNote("too-many-parts", string.Create(CultureInfo.InvariantCulture, $"查询词太多：只用前 {MaxParts} 个。")));
            distinct = distinct.Take(MaxParts).ToList();
        }

        return new QueryInterpretation { Text = cleaned, Parts = distinct, Notes = notes };
    }

    /// <summary>
    /// Adds required dimension parts for filters given outside the text. A filter naming no known term is kept with the
    /// term as given (documents may carry ids of an older taxonomy) and noted.
    /// </summary>
    public QueryInterpretation WithDimensionFilters(QueryInterpretation interpretation, IEnumerable<DimensionFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        ArgumentNullException.ThrowIfNull(filters);
        var parts = interpretation.Parts.ToList();
        var notes = interpretation.Notes.ToList();
        foreach (var filter in filters)
        {
            if (filter is null || string.IsNullOrWhiteSpace(filter.Term))
            {
                continue;
            }

            var term = FindTerm(filter.Dimension, filter.Term.Trim());
            var resolved = term is null
                ? new ResolvedTerm(filter.Dimension, filter.Term.Trim(), filter.Term.Trim())
                : new ResolvedTerm(term.Dimension, term.Id, term.Label);
            if (term is null)
            {
                notes.Add(new QueryNote("unknown-term", $"{TagDimensions.ToChinese(filter.Dimension)}里没有“{filter.Term.Trim()}”这个词。"));
            }

            parts.Add(new InterpretedPart($"{TagDimensions.ToChinese(filter.Dimension)}:{resolved.Label}", QueryPartRole.Dimension)
            {
                Terms = [resolved],
                Required = true,
                Explicit = true,
            });
        }

        return interpretation with { Parts = parts, Notes = notes };
    }

    /// <summary>Marks the parts a <c>+</c> or <c>-</c> chunk produced (quoted chunks come as required from the splitter).</summary>
    private static void ApplyModifier(List<InterpretedPart> parts, int first, QueryModifier modifier)
    {
        for (var i = first; i < parts.Count && modifier != QueryModifier.None; i++)
        {
            parts[i] = modifier == QueryModifier.Excluded
                ? parts[i] with { Excluded = true, Required = false }
                : parts[i].Role == QueryPartRole.Filter ? parts[i] : parts[i] with { Required = true };
        }
    }

    /// <summary>
    /// A passage is not split at every comma: the taxonomy labels and synonyms it contains become optional dimension
    /// parts (longest first, at most twelve), and the whole text one free-text part, which the query builder reads for
    /// its key words and searches as a ranked OR.
    /// </summary>
    private void Passage(string text, List<InterpretedPart> parts, List<QueryNote> notes)
    {
        var found = new List<(int At, TaxonomyTerm Term, string Label)>();
        foreach (var term in _taxonomy.Terms)
        {
            foreach (var label in term.Synonyms.Prepend(term.Label))
            {
                var at = label.Length >= 2 ? text.IndexOf(label, StringComparison.Ordinal) : -1;
                if (at >= 0)
                {
                    found.Add((at, term, label));
                    break;
                }
            }
        }

        foreach (var hit in found.OrderByDescending(f => f.Label.Length).ThenBy(f => f.At).DistinctBy(f => f.Term.Id).Take(MaxPassageTerms).OrderBy(f => f.At))
        {
            parts.Add(DimensionPart(hit.Label, [hit.Term]));
        }

        parts.Add(new InterpretedPart(text, QueryPartRole.FreeText));
        notes.Add(new QueryNote("passage", string.Create(CultureInfo.InvariantCulture, $"长文本（{text.Length} 个字符）：按其中的关键词和 {parts.Count - 1} 个标签排序，部分匹配的也列出。")));
    }

    private void Explicit(string name, string value, List<InterpretedPart> parts, List<QueryNote> notes)
    {
        if (TagDimensions.TryParse(name, out var dimension))
        {
            ExplicitDimension(name, dimension, value, parts, notes);
            return;
        }

        var field = FieldOf(name);
        if (field is null)
        {
            notes.Add(new QueryNote("unknown-field", $"不认识的字段“{name}”：按文本搜索。"));
            Resolve(name, parts);
            foreach (var piece in QuerySplitter.SplitWeak(value))
            {
                Resolve(piece, parts);
            }

            return;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            notes.Add(new QueryNote("empty-value", $"“{name}:”后面没有值：已忽略。"));
            return;
        }

        switch (field)
        {
            case "kind":
                if (SearchKinds.TryNormalize(trimmed, out var wire))
                {
                    parts.Add(new InterpretedPart($"{name}:{trimmed}", QueryPartRole.Filter) { Field = field, Value = wire });
                }
                else
                {
                    notes.Add(new QueryNote("unknown-kind", $"不认识的类型“{trimmed}”（可用 {SearchKinds.Valid}）：按文本搜索。"));
                    Resolve(trimmed, parts);
                }

                break;
            case "channel":
                parts.Add(new InterpretedPart($"{name}:{trimmed}", QueryPartRole.Filter) { Field = field, Value = SearchChannels.Normalize(trimmed) });
                break;
            case "client":
                parts.Add(new InterpretedPart($"{name}:{trimmed}", QueryPartRole.Filter) { Field = field, Value = trimmed });
                break;
            default:
                if (DateRangeParser.TryParse(trimmed, _dateOffset, out var from, out var before))
                {
                    parts.Add(new InterpretedPart($"{name}:{trimmed}", QueryPartRole.Filter) { Field = field, Value = trimmed, From = from, Before = before });
                }
                else
                {
                    notes.Add(new QueryNote("bad-date", $"看不懂的日期“{trimmed}”（例：2024、2024-05、2023..2024）：已忽略。"));
                }

                break;
        }
    }

    private void ExplicitDimension(string name, TagDimension dimension, string value, List<InterpretedPart> parts, List<QueryNote> notes)
    {
        var pieces = QuerySplitter.SplitWeak(value);
        if (pieces.Count == 0)
        {
            notes.Add(new QueryNote("empty-value", $"“{name}:”后面没有值：已忽略。"));
            return;
        }

        var first = QuerySplitter.TrimPunctuation(pieces[0]);
        var term = first.Length == 0 ? null : FindTerm(dimension, first);
        if (term is null)
        {
            notes.Add(new QueryNote("unknown-term", $"{TagDimensions.ToChinese(dimension)}里没有“{pieces[0]}”这个词：按文本搜索。"));
            Resolve(pieces[0], parts);
        }
        else
        {
            parts.Add(new InterpretedPart($"{name}:{first}", QueryPartRole.Dimension)
            {
                Terms = [new ResolvedTerm(term.Dimension, term.Id, term.Label)],
                Required = true,
                Explicit = true,
            });
        }

        foreach (var piece in pieces.Skip(1))
        {
            Resolve(piece, parts);
        }
    }

    private void Resolve(string piece, List<InterpretedPart> parts)
    {
        var text = QuerySplitter.TrimPunctuation(piece);
        if (text.Length == 0)
        {
            return;
        }

        var terms = Lookup(text);
        if (terms.Count > 0)
        {
            parts.Add(DimensionPart(text, terms));
            return;
        }

        if (_segmenter is not null)
        {
            ResolveWords(text, parts);
        }
        else if (!TryCoverWithLabels(text, parts))
        {
            parts.Add(new InterpretedPart(text, QueryPartRole.FreeText));
        }
    }

    /// <summary>Groups the words of a part: runs naming a term become dimension parts, the rest free text.</summary>
    private void ResolveWords(string text, List<InterpretedPart> parts)
    {
        List<TextSegment> words;
        try
        {
            words = _segmenter!.Segment(text).Where(w => w.Start >= 0 && w.End <= text.Length && w.Length > 0).ToList();
        }
        catch (ArgumentException)
        {
            words = [];
        }

        if (words.Count <= 1)
        {
            parts.Add(new InterpretedPart(text, QueryPartRole.FreeText));
            return;
        }

        var pendingStart = -1;
        var pendingEnd = -1;
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            for (var j = Math.Min(i + MaxJoinedWords - 1, words.Count - 1); j >= i; j--)
            {
                if (words[j].End <= words[i].Start)
                {
                    continue;
                }

                var candidate = text[words[i].Start..words[j].End];
                var terms = Lookup(candidate);
                if (terms.Count == 0)
                {
                    continue;
                }

                if (pendingStart >= 0)
                {
                    AddFreeText(text[pendingStart..pendingEnd], parts);
                    pendingStart = -1;
                }

                parts.Add(DimensionPart(candidate, terms));
                i = j + 1;
                matched = true;
                break;
            }

            if (matched)
            {
                continue;
            }

            if (pendingStart < 0)
            {
                pendingStart = words[i].Start;
            }

            pendingEnd = Math.Max(pendingEnd, words[i].End);
            i++;
        }

        if (pendingStart >= 0)
        {
            AddFreeText(text[pendingStart..pendingEnd], parts);
        }
    }

    /// <summary>Adds a free-text fragment left between terms, unless it is a lone particle (的, 和, 与…) that would match everything.</summary>
    private static void AddFreeText(string fragment, List<InterpretedPart> parts)
    {
        var trimmed = QuerySplitter.TrimPunctuation(fragment.Trim());
        if (trimmed.Length == 0 || (trimmed.Length == 1 && Particles.Contains(trimmed[0])))
        {
            return;
        }

        parts.Add(new InterpretedPart(trimmed, QueryPartRole.FreeText));
    }

    /// <summary>Without a segmenter: splits a part into labels only when labels cover all of it (母婴夜醒 → 母婴 + 夜醒).</summary>
    private bool TryCoverWithLabels(string text, List<InterpretedPart> parts)
    {
        var found = new List<InterpretedPart>();
        var at = 0;
        while (at < text.Length)
        {
            var matched = false;
            for (var length = Math.Min(MaxLabelLength, text.Length - at); length >= 2; length--)
            {
                var candidate = text.Substring(at, length);
                var terms = Lookup(candidate);
                if (terms.Count > 0)
                {
                    found.Add(DimensionPart(candidate, terms));
                    at += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        parts.AddRange(found);
        return found.Count > 0;
    }

    private List<TaxonomyTerm> Lookup(string text) =>
        text.Length > MaxLabelLength * 2 ? [] : _taxonomy.FindByLabel(text).ToList();

    private TaxonomyTerm? FindTerm(TagDimension dimension, string labelOrId) =>
        _taxonomy.FindByLabel(dimension, labelOrId)
        ?? (_taxonomy.TryGetById(labelOrId, out var byId) && byId.Dimension == dimension ? byId : null);

    private static InterpretedPart DimensionPart(string text, IEnumerable<TaxonomyTerm> terms) =>
        new(text, QueryPartRole.Dimension) { Terms = terms.Select(t => new ResolvedTerm(t.Dimension, t.Id, t.Label)).ToList() };

    private static List<InterpretedPart> Deduplicate(List<InterpretedPart> parts)
    {
        var result = new List<InterpretedPart>(parts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var key = part.Role switch
            {
                QueryPartRole.Dimension => "d" + (part.Required ? "!" : string.Empty) + string.Join('|', part.Terms.Select(t => t.TermId)),
                QueryPartRole.Filter => "f" + part.Field + "=" + part.Value + part.From + part.Before,
                _ => "t" + (part.Required ? "!" : string.Empty) + TaxonomyText.Key(part.Text),
            };
            key = (part.Excluded ? "-" : string.Empty) + key;
            if (seen.Add(key))
            {
                result.Add(part);
            }
        }

        return result;
    }

    private static bool TrySplitExplicit(string chunk, out string name, out string value)
    {
        name = value = string.Empty;
        var colon = chunk.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > 16)
        {
            return false;
        }

        var candidate = chunk[..colon].Trim();
        if (candidate.Length == 0 || !candidate.All(char.IsLetter))
        {
            return false;
        }

        name = candidate;
        value = chunk[(colon + 1)..].Trim();
        return true;
    }

    private static string? FieldOf(string name) => name.ToLowerInvariant() switch
    {
        "kind" or "type" or "类型" or "类别" or "种类" => "kind",
        "channel" or "platform" or "渠道" or "平台" => "channel",
        "client" or "brand" or "客户" or "品牌" => "client",
        "date" or "created" or "日期" or "时间" => "date",
        _ => null,
    };

    /// <summary>Control characters and unpaired surrogates become spaces, invisible marks go; then trims and cuts to length.</summary>
    private string Clean(string text, List<QueryNote> notes)
    {
        var builder = new StringBuilder(Math.Min(text.Length, _maxLength + 16));
        var kept = 0;
        var truncated = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (kept >= _maxLength)
            {
                truncated = text.AsSpan(i).Trim().Length > 0;
                break;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (kept + 2 > _maxLength)
                    {
                        truncated = true;
                        break;
                    }

                    builder.Append(c).Append(text[++i]);
                    kept += 2;
                    continue;
                }

                c = ' ';
            }
            else if (char.IsLowSurrogate(c) || char.IsControl(c))
            {
                c = ' ';
            }
            else if (c is '\u200B' or '\uFEFF' or '\u2060')
            {
                continue;
            }

            if (builder.Length == 0 && char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c);
            kept++;
        }

        if (truncated)
        {
            notes.Add(new QueryNote("truncated", string.Create(CultureInfo.InvariantCulture, $"查询太长（{text.Length} 个字符）：只用前 {_maxLength} 个字符。")));
        }

        return builder.ToString().TrimEnd();
    }
}
