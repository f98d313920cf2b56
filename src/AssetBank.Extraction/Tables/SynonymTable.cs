using System.Text;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// Maps the many ways agencies and export tools write a column header to a canonical field. Exact spellings are tried
/// first across all rules, then "contains" rules in order, so specific rules (互动率, 视频报价) must come before general
/// ones (互动, 报价). JSON keys with a path (<c>interact_info.liked_count</c>) are tried by their last segment first.
/// </summary>
internal sealed class SynonymTable<TField>
    where TField : struct, Enum
{
    private readonly IReadOnlyList<SynonymRule<TField>> _rules;
    private readonly Dictionary<string, TField> _exact = new(StringComparer.Ordinal);

    public SynonymTable(IReadOnlyList<SynonymRule<TField>> rules)
    {
        _rules = [.. rules.Select(r => r with
        {
            Contains = [.. r.Contains.Select(Normalize)],
            RequiresAny = r.RequiresAny?.Select(Normalize).ToList(),
            Excludes = r.Excludes?.Select(Normalize).ToList(),
        })];
        foreach (var rule in rules)
        {
            foreach (var exact in rule.Exact)
            {
                _exact.TryAdd(Normalize(exact), rule.Field);
            }
        }
    }

    public TField? Resolve(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var candidates = new List<string>(2);
        var dot = header.LastIndexOf('.');
        if (dot > 0 && dot < header.Length - 1)
        {
            candidates.Add(Normalize(header[(dot + 1)..]));
        }

        candidates.Add(Normalize(header));
        foreach (var candidate in candidates)
        {
            if (candidate.Length > 0 && _exact.TryGetValue(candidate, out var field))
            {
                return field;
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length == 0)
            {
                continue;
            }

            foreach (var rule in _rules)
            {
                if (rule.Contains.Any(w => candidate.Contains(w, StringComparison.Ordinal))
                    && (rule.RequiresAny is null || rule.RequiresAny.Any(w => candidate.Contains(w, StringComparison.Ordinal)))
                    && (rule.Excludes is null || !rule.Excludes.Any(w => candidate.Contains(w, StringComparison.Ordinal))))
                {
                    return rule.Field;
                }
            }
        }

        return null;
    }

    /// <summary>Lower case, half-width, without white space, brackets and punctuation: <c>报价（图文）</c> → <c>报价图文</c>.</summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var raw in header)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
