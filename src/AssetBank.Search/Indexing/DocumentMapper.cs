using System.Globalization;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AssetBank.Search.Indexing;

/// <summary>Maps <see cref="SearchDocument"/>s to Lucene documents and stored documents back to <see cref="SearchHit"/>s.</summary>
/// <remarks>
/// A tag also stands for its ancestors (婴童喂养 for 母婴) at <see cref="AncestorFactor"/> of its confidence, in the
/// matched terms and in the facet counts alike, so a filter on a facet value finds exactly the counted documents.
/// </remarks>
internal sealed class DocumentMapper
{
    /// <summary>Share of a tag's confidence given to the broader terms above it.</summary>
    public const double AncestorFactor = 0.9;

    private const char TextSeparator = '\n';

    private static readonly FieldType DimensionType = CreateDimensionType();

    private readonly Dictionary<string, string[]> _ancestors;

    public DocumentMapper(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);

        // Looked up for every tag of every document: computed once.
        _ancestors = taxonomy.Terms.ToDictionary(
            t => t.Id,
            t => taxonomy.AncestorsOf(t.Id).Where(a => a.Dimension == t.Dimension).Select(a => a.Id).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The broader terms of the same dimension above <paramref name="termId"/>, nearest first; empty for unknown ids.</summary>
    public IReadOnlyList<string> AncestorsOf(string termId) => _ancestors.GetValueOrDefault(termId) ?? [];

    public static string NormalizeKind(string? kind) =>
        string.IsNullOrWhiteSpace(kind) ? "unknown" : kind.Trim().ToLowerInvariant();

    public Document ToDocument(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            throw new ArgumentException($"A search document of asset {source.AssetId} has no id.", nameof(source));
        }

        var doc = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new StringField(SearchFields.Asset, source.AssetId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
        };
        if (source.ShotIndex is { } shot)
        {
            doc.Add(new StoredField(SearchFields.Shot, shot));
        }

        AddKeyword(doc, SearchFields.Kind, NormalizeKind(source.Kind), withDocValues: true);
        AddKeyword(doc, SearchFields.Channel, SearchChannels.Normalize(source.Channel), withDocValues: true);
        AddKeyword(doc, SearchFields.Client, Trimmed(source.Client), withDocValues: true);
        AddKeyword(doc, SearchFields.Project, Trimmed(source.Project), withDocValues: false);
        AddKeyword(doc, SearchFields.Producer, Trimmed(source.Producer), withDocValues: false);
        AddStored(doc, SearchFields.External, source.ExternalId);
        AddStored(doc, SearchFields.Key, source.Key);
        AddStored(doc, SearchFields.Keyframe, source.KeyframeKey);

        var created = source.Created?.ToUnixTimeMilliseconds();
        if (created is { } ms)
        {
            doc.Add(new Int64Field(SearchFields.Created, ms, Field.Store.YES));
        }

        doc.Add(new NumericDocValuesField(SearchFields.CreatedSort, created ?? long.MinValue));

        if (!string.IsNullOrWhiteSpace(source.Title))
        {
            doc.Add(new TextField(SearchFields.Title, source.Title, Field.Store.YES));
        }

        AddStored(doc, SearchFields.Body, source.Body);
        AddStored(doc, SearchFields.Subtitles, source.Subtitles);
        AddStored(doc, SearchFields.OnScreenText, source.OnScreenText);
        AddStored(doc, SearchFields.Comments, source.Comments);
        AddStored(doc, SearchFields.Captions, source.Captions);
        AddStored(doc, SearchFields.Fingerprint, ContentFingerprint.Of(source.Body, source.Subtitles, source.Comments));
        foreach (var sidecar in source.Sidecars.Where(k => !string.IsNullOrEmpty(k)).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Sidecar, sidecar, Field.Store.NO));
        }
        var text = JoinText(source.Title, source.Body, source.Subtitles, source.OnScreenText, source.Comments, source.Captions);
        if (text.Length > 0)
        {
            doc.Add(new TextField(SearchFields.Text, text, Field.Store.NO));
            doc.Add(new TextField(SearchFields.Bigram, text, Field.Store.NO));
        }

        if (source.StartSeconds is { } start)
        {
            doc.Add(new StoredField(SearchFields.Start, start));
        }

        if (source.EndSeconds is { } end)
        {
            doc.Add(new StoredField(SearchFields.End, end));
        }

        if (source.Engagement is { } engagement)
        {
            doc.Add(new StoredField(SearchFields.Engagement, engagement));
        }

        doc.Add(new NumericDocValuesField(SearchFields.EngagementSort, source.Engagement ?? long.MinValue));
        if (!string.IsNullOrWhiteSpace(source.Author))
        {
            doc.Add(new StoredField(SearchFields.Author, source.Author));
        }

        if (source.Tags.Count > 0)
        {
            doc.Add(new StoredField(SearchFields.Tags, TagCodec.Encode(source.Tags)));
            AddDimensions(doc, source.Tags);
        }

        RightsFieldCodec.Add(doc, source.RightsWindows, source.RightsLastDay, source.HasRights);
        return doc;
    }

    public SearchHit ToHit(Document doc, float score, IReadOnlyList<ResolvedTerm> resolved, SearchSnippet? snippet)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var kind = doc.Get(SearchFields.Kind) ?? "unknown";
        var channel = doc.Get(SearchFields.Channel);
        var start = doc.GetField(SearchFields.Start)?.GetDoubleValue();
        var end = doc.GetField(SearchFields.End)?.GetDoubleValue();
        var created = doc.GetField(SearchFields.Created)?.GetInt64Value();
        var tags = TagCodec.Decode(doc.Get(SearchFields.Tags));
        var rights = RightsFieldCodec.Read(doc);
        return new SearchHit
        {
            Id = doc.Get(SearchFields.Id) ?? string.Empty,
            AssetId = long.TryParse(doc.Get(SearchFields.Asset), NumberStyles.Integer, CultureInfo.InvariantCulture, out var assetId) ? assetId : 0,
            ShotIndex = doc.GetField(SearchFields.Shot)?.GetInt32Value(),
            ExternalId = doc.Get(SearchFields.External),
            Kind = kind,
            Channel = channel,
            GroupLabel = SearchGroupLabels.Label(kind, channel),
            Client = doc.Get(SearchFields.Client),
            Project = doc.Get(SearchFields.Project),
            Producer = doc.Get(SearchFields.Producer),
            Created = created is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            Key = doc.Get(SearchFields.Key),
            Title = doc.Get(SearchFields.Title),
            StartSeconds = start,
            EndSeconds = end,
            TimeCode = TimeCodes.Range(start, end),
            KeyframeKey = doc.Get(SearchFields.Keyframe),
            Engagement = doc.GetField(SearchFields.Engagement)?.GetInt64Value(),
            Author = doc.Get(SearchFields.Author),
            RightsLastDay = rights.LastDay,
            HasRights = rights.Recorded,
            Score = float.IsNaN(score) ? 0 : score,
            Tags = tags,
            MatchedDimensions = Matched(tags, resolved),
            Snippet = snippet,
        };
    }

    /// <summary>The resolved terms the tags carry, directly or through a narrower term, with the confidence that counts.</summary>
    public IReadOnlyList<SearchTag> Matched(IReadOnlyList<SearchTag> tags, IReadOnlyList<ResolvedTerm> resolved)
    {
        var matched = new List<SearchTag>();
        foreach (var term in resolved)
        {
            double best = -1;
            foreach (var tag in tags)
            {
                if (tag.Dimension != term.Dimension)
                {
                    continue;
                }

                if (string.Equals(tag.TermId, term.TermId, StringComparison.Ordinal))
                {
                    best = Math.Max(best, tag.Confidence);
                }
                else if (AncestorsOf(tag.TermId).Contains(term.TermId, StringComparer.Ordinal))
                {
                    best = Math.Max(best, tag.Confidence * AncestorFactor);
                }
            }

            if (best >= 0)
            {
                matched.Add(new SearchTag(term.Dimension, term.TermId, term.Label, Math.Round(best, 4)));
            }
        }

        return matched;
    }

    private void AddDimensions(Document doc, IReadOnlyList<SearchTag> tags)
    {
        foreach (var dimension in TagDimensions.All)
        {
            Dictionary<string, double>? terms = null;
            foreach (var tag in tags)
            {
                if (tag.Dimension != dimension || string.IsNullOrWhiteSpace(tag.TermId))
                {
                    continue;
                }

                terms ??= new Dictionary<string, double>(StringComparer.Ordinal);
                Keep(terms, tag.TermId, tag.Confidence);
                foreach (var ancestor in AncestorsOf(tag.TermId))
                {
                    Keep(terms, ancestor, tag.Confidence * AncestorFactor);
                }
            }

            if (terms is null)
            {
                continue;
            }

            var frequencies = new List<KeyValuePair<string, int>>(terms.Count);
            foreach (var (id, confidence) in terms)
            {
                frequencies.Add(new KeyValuePair<string, int>(id, Scoring.ConfidenceScale.ToFrequency(confidence)));
            }

            doc.Add(new Field(SearchFields.DimensionField(dimension), new ConfidenceTokenStream(frequencies), DimensionType));
            foreach (var term in frequencies)
            {
                doc.Add(new SortedSetDocValuesField(SearchFields.FacetField(dimension), new BytesRef(term.Key)));
            }
        }
    }

    private static void Keep(Dictionary<string, double> terms, string id, double confidence)
    {
        if (!terms.TryGetValue(id, out var existing) || confidence > existing)
        {
            terms[id] = confidence;
        }
    }

    private static void AddKeyword(Document doc, string field, string? value, bool withDocValues)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        doc.Add(new StringField(field, value, Field.Store.YES));
        if (withDocValues)
        {
            doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void AddStored(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string JoinText(params string?[] parts) =>
        string.Join(TextSeparator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static FieldType CreateDimensionType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
