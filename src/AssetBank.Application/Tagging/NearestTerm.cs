using AssetBank.Core.Text;
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
                var distance = EditDistance.Between(wanted, name.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (term, distance);
                }
            }
        }

        // A suggestion that changes more than about half of what was typed is noise, not help.
        return bestDistance <= Math.Max(1, (wanted.Length + 1) / 2) ? best : null;
    }
}
