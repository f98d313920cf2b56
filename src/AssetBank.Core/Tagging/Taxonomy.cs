using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AssetBank.Core.Tagging;

/// <summary>
/// The controlled vocabulary of the four dimensions, immutable once built. <see cref="Version"/> is a SHA-256 of the
/// normalised content, so re-ordering or re-formatting the file keeps the version and any real change moves it.
/// </summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, TaxonomyTerm> _byId;
    private readonly Dictionary<(TagDimension, string), TaxonomyTerm> _byName;
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> _byNameAnyDimension;
    private readonly Dictionary<TagDimension, IReadOnlyList<TaxonomyTerm>> _byDimension;
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> _children;

    /// <summary>Builds a taxonomy; invalid terms throw <see cref="TaxonomyValidationException"/> naming <paramref name="source"/>.</summary>
    public Taxonomy(IEnumerable<TaxonomyTerm> terms, string source = "taxonomy")
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        var issues = TaxonomyValidator.Validate(list);
        if (issues.Count > 0)
        {
            throw new TaxonomyValidationException(
                issues.Select(i => new TaxonomyProblem(source, null, i.Message)).ToList());
        }

        Source = source;
        Terms = list;
        _byId = list.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _byName = [];
        foreach (var term in list)
        {
            _byName[(term.Dimension, TaxonomyText.Key(term.Label))] = term;
        }

        foreach (var term in list)
        {
            foreach (var synonym in term.Synonyms)
            {
                _byName.TryAdd((term.Dimension, TaxonomyText.Key(synonym)), term);
            }
        }

        _byNameAnyDimension = _byName
            .GroupBy(p => p.Key.Item2, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TaxonomyTerm>)g.OrderBy(p => p.Key.Item1).Select(p => p.Value).ToList(),
                StringComparer.Ordinal);
        _byDimension = TagDimensions.All.ToDictionary(
            d => d, d => (IReadOnlyList<TaxonomyTerm>)list.Where(t => t.Dimension == d).ToList());
        _children = list
            .Where(t => t.ParentId is not null)
            .GroupBy(t => t.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList(), StringComparer.Ordinal);
        Version = ComputeVersion(list);
    }

    /// <summary>Lower-case hex SHA-256 of the normalised content (see <see cref="ComputeVersion"/>).</summary>
    public string Version { get; }

    /// <summary>Where the taxonomy came from (file path or resource name), for messages.</summary>
    public string Source { get; }

    /// <summary>All terms in source order.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public int Count => Terms.Count;

    public IReadOnlyList<TaxonomyTerm> TermsOf(TagDimension dimension) => _byDimension[dimension];

    public bool TryGetById(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TaxonomyTerm? term)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out term);
    }

    public TaxonomyTerm? FindById(string id) => TryGetById(id, out var term) ? term : null;

    /// <summary>The term of <paramref name="dimension"/> whose label or synonym is <paramref name="labelOrSynonym"/> (folded: case and full-width insensitive).</summary>
    public TaxonomyTerm? FindByLabel(TagDimension dimension, string labelOrSynonym)
    {
        ArgumentNullException.ThrowIfNull(labelOrSynonym);
        return _byName.GetValueOrDefault((dimension, TaxonomyText.Key(labelOrSynonym)));
    }

    /// <summary>Terms of any dimension named <paramref name="labelOrSynonym"/>, in dimension order (a word such as 亲子 may name a scenario and a relationship).</summary>
    public IReadOnlyList<TaxonomyTerm> FindByLabel(string labelOrSynonym)
    {
        ArgumentNullException.ThrowIfNull(labelOrSynonym);
        return _byNameAnyDimension.GetValueOrDefault(TaxonomyText.Key(labelOrSynonym)) ?? [];
    }

    /// <summary>The parent chain of a term, nearest first; empty for a root or an unknown id.</summary>
    public IReadOnlyList<TaxonomyTerm> AncestorsOf(string id)
    {
        var result = new List<TaxonomyTerm>();
        var current = FindById(id);
        while (current?.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent))
        {
            result.Add(parent);
            current = parent;
        }

        return result;
    }

    public IReadOnlyList<TaxonomyTerm> ChildrenOf(string id) => _children.GetValueOrDefault(id) ?? [];

    /// <summary>
    /// SHA-256 over a canonical text of the terms: ordered by id, words trimmed and NFC-normalised, synonyms, keywords
    /// and negative keywords sorted, weights in invariant round-trip form. Source order and formatting do not count.
    /// </summary>
    public static string ComputeVersion(IEnumerable<TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        const char Unit = '\u001f';
        const char Record = '\u001e';
        static string N(string? s) => (s ?? string.Empty).Trim().Normalize(NormalizationForm.FormC);
        static string Sorted(IEnumerable<string> words) => string.Join('\u001d', words.Select(N).Order(StringComparer.Ordinal));

        var builder = new StringBuilder();
        builder.Append("assetbank-taxonomy/1").Append(Record);
        foreach (var term in terms.OrderBy(t => N(t.Id), StringComparer.Ordinal))
        {
            builder
                .Append(N(term.Id)).Append(Unit)
                .Append(TagDimensions.ToWire(term.Dimension)).Append(Unit)
                .Append(N(term.Label)).Append(Unit)
                .Append(N(term.EnglishLabel)).Append(Unit)
                .Append(N(term.ParentId)).Append(Unit)
                .Append(Sorted(term.Synonyms)).Append(Unit)
                .Append(Sorted(term.Keywords.Select(k => N(k.Text) + "=" + k.Weight.ToString("R", CultureInfo.InvariantCulture)))).Append(Unit)
                .Append(Sorted(term.NegativeKeywords)).Append(Record);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
