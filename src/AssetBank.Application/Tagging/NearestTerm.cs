using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>The taxonomy term closest to a misspelt one, by edit distance over labels, English labels and synonyms.</summary>
public static class NearestTerm
{
    public static TaxonomyTerm? Find(Taxonomy taxonomy, TagDimension dimension, string text)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var wanted = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (wanted.Length == 0)
        {
            return null;
        }

        TaxonomyTerm? best = null;
        var bestDistance = int.MaxValue;
        foreach (var term in taxonomy.TermsOf(dimension))
        {
            foreach (var name in new[] { term.Label, term.EnglishLabel }.Concat(term.Synonyms))
            {
                var distance = Distance(wanted, name.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (term, distance);
                }
            }
        }

        // A suggestion that changes more than about half of what was typed is noise, not help.
        return bestDistance <= Math.Max(1, (wanted.Length + 1) / 2) ? best : null;
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
