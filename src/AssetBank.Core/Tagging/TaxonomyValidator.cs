namespace AssetBank.Core.Tagging;

/// <summary>
/// The rules every taxonomy obeys: ids present and unique; labels present and unique within a dimension; a synonym
/// never names another term of its dimension; parents exist, share the dimension and form no cycle; keyword weights are
/// positive finite numbers.
/// </summary>
public static class TaxonomyValidator
{
    /// <summary>The largest keyword weight accepted; a label match counts 1.0.</summary>
    public const double MaxKeywordWeight = 10.0;

    public static IReadOnlyList<TaxonomyIssue> Validate(IReadOnlyList<TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var issues = new List<TaxonomyIssue>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<(TagDimension, string), int>();

        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (string.IsNullOrWhiteSpace(term.Id))
            {
                issues.Add(new TaxonomyIssue(i, $"term with label '{term.Label}' has an empty id"));
            }
            else if (byId.TryGetValue(term.Id, out var first))
            {
                issues.Add(new TaxonomyIssue(i, $"duplicate id '{term.Id}'", first));
            }
            else
            {
                byId.Add(term.Id, i);
            }

            if (string.IsNullOrWhiteSpace(term.Label))
            {
                issues.Add(new TaxonomyIssue(i, $"term '{term.Id}' has an empty label"));
            }
            else
            {
                var key = (term.Dimension, TaxonomyText.Key(term.Label));
                if (names.TryGetValue(key, out var other))
                {
                    issues.Add(new TaxonomyIssue(
                        i, $"duplicate label '{term.Label}' in {TagDimensions.ToWire(term.Dimension)}: already the label of '{terms[other].Id}'", other));
                }
                else
                {
                    names.Add(key, i);
                }
            }

            CheckWords(term, i, issues);
        }

        // Synonyms after all labels, so a synonym that repeats a later term's label is reported against the synonym.
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            foreach (var synonym in term.Synonyms.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                var key = (term.Dimension, TaxonomyText.Key(synonym));
                if (names.TryGetValue(key, out var other))
                {
                    if (other != i)
                    {
                        issues.Add(new TaxonomyIssue(
                            i, $"synonym '{synonym}' of '{term.Id}' already names '{terms[other].Id}' in {TagDimensions.ToWire(term.Dimension)}", other));
                    }
                }
                else
                {
                    names.Add(key, i);
                }
            }
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.ParentId is null)
            {
                continue;
            }

            if (!byId.TryGetValue(term.ParentId, out var parent))
            {
                issues.Add(new TaxonomyIssue(i, $"term '{term.Id}' has an unknown parent '{term.ParentId}'"));
            }
            else if (terms[parent].Dimension != term.Dimension)
            {
                issues.Add(new TaxonomyIssue(
                    i, $"term '{term.Id}' ({TagDimensions.ToWire(term.Dimension)}) has parent '{term.ParentId}' from another dimension ({TagDimensions.ToWire(terms[parent].Dimension)})", parent));
            }
        }

        CheckCycles(terms, byId, issues);
        return issues.OrderBy(x => x.TermIndex).ToList();
    }

    private static void CheckWords(TaxonomyTerm term, int index, List<TaxonomyIssue> issues)
    {
        if (term.Synonyms.Any(string.IsNullOrWhiteSpace))
        {
            issues.Add(new TaxonomyIssue(index, $"term '{term.Id}' has an empty synonym"));
        }

        if (term.NegativeKeywords.Any(string.IsNullOrWhiteSpace))
        {
            issues.Add(new TaxonomyIssue(index, $"term '{term.Id}' has an empty negative keyword"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyword in term.Keywords)
        {
            if (string.IsNullOrWhiteSpace(keyword.Text))
            {
                issues.Add(new TaxonomyIssue(index, $"term '{term.Id}' has an empty keyword"));
                continue;
            }

            if (!double.IsFinite(keyword.Weight) || keyword.Weight <= 0 || keyword.Weight > MaxKeywordWeight)
            {
                issues.Add(new TaxonomyIssue(
                    index, $"keyword '{keyword.Text}' of '{term.Id}' has weight {keyword.Weight}; weights must be in (0, {MaxKeywordWeight}]"));
            }

            if (!seen.Add(TaxonomyText.Key(keyword.Text)))
            {
                issues.Add(new TaxonomyIssue(index, $"keyword '{keyword.Text}' appears twice in '{term.Id}'"));
            }
        }
    }

    private static void CheckCycles(IReadOnlyList<TaxonomyTerm> terms, Dictionary<string, int> byId, List<TaxonomyIssue> issues)
    {
        // 0 = unvisited, 1 = on the current path, 2 = known to reach a root.
        var state = new int[terms.Count];
        for (var start = 0; start < terms.Count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            var path = new List<int>();
            var current = start;
            while (true)
            {
                if (state[current] == 2)
                {
                    break;
                }

                if (state[current] == 1)
                {
                    var cycle = path.Skip(path.IndexOf(current)).Append(current).Select(x => terms[x].Id);
                    issues.Add(new TaxonomyIssue(current, $"parent cycle: {string.Join(" > ", cycle)}"));
                    break;
                }

                state[current] = 1;
                path.Add(current);
                var parentId = terms[current].ParentId;
                if (parentId is null || !byId.TryGetValue(parentId, out var parent))
                {
                    break;
                }

                current = parent;
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }
}
