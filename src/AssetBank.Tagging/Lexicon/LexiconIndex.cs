using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Lexicon;

/// <summary>
/// The taxonomy's words (labels, synonyms, keywords, negative keywords) as one trie per dimension, and the matching rule:
/// every dictionary word found in the folded text on word boundaries, except words lying inside a longer word of the same
/// dimension (不焦虑 hides 焦虑, 购物车 hides 车). Overlapping words that do not contain each other both count (冲奶|奶粉).
/// </summary>
internal sealed class LexiconIndex
{
    private readonly Dictionary<TagDimension, LexiconTrie> _tries = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    public LexiconIndex(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        foreach (var dimension in TagDimensions.All)
        {
            _tries[dimension] = new LexiconTrie();
        }

        for (var i = 0; i < taxonomy.Terms.Count; i++)
        {
            var term = taxonomy.Terms[i];
            _indexById[term.Id] = i;
            var trie = _tries[term.Dimension];
            Add(trie, term.Label, new LexiconEntry(i, 1.0, false));
            foreach (var synonym in term.Synonyms)
            {
                Add(trie, synonym, new LexiconEntry(i, 1.0, false));
            }

            foreach (var keyword in term.Keywords)
            {
                Add(trie, keyword.Text, new LexiconEntry(i, keyword.Weight, false));
            }

            foreach (var negative in term.NegativeKeywords)
            {
                Add(trie, negative, new LexiconEntry(i, 1.0, true));
            }
        }
    }

    public Taxonomy Taxonomy { get; }

    /// <summary>Position of a term in <see cref="Taxonomy.Terms"/>.</summary>
    public int IndexOf(string termId) => _indexById[termId];

    public bool TryIndexOf(string termId, out int index) => _indexById.TryGetValue(termId, out index);

    /// <summary>
    /// The matches of all dimensions, in dimension then text order, after one more rule across dimensions: a word that
    /// straddles the edge of a longer word of any dimension is dropped (in 恒温暖奶器 the longer 暖奶器 hides 温暖). Without a
    /// segmenter the longer dictionary word is the best guess at the real word boundaries.
    /// </summary>
    public List<LexiconMatch> FindAll(string folded, TokenBoundaries? boundaries)
    {
        var all = new List<LexiconMatch>();
        foreach (var dimension in TagDimensions.All)
        {
            all.AddRange(Find(dimension, folded, boundaries));
        }

        if (all.Count < 2)
        {
            return all;
        }

        var byStart = all.OrderBy(m => m.Start).ThenByDescending(m => m.Length).ToList();
        var maxLength = byStart.Max(m => m.Length);
        var starts = byStart.Select(m => m.Start).ToArray();
        var kept = new List<LexiconMatch>(all.Count);
        foreach (var match in all)
        {
            var from = LowerBound(starts, match.Start - maxLength + 1);
            var straddles = false;
            for (var i = from; i < byStart.Count && byStart[i].Start < match.End; i++)
            {
                var other = byStart[i];
                var overlaps = other.Start < match.End && match.Start < other.End;
                var contains = other.Start <= match.Start && other.End >= match.End;
                if (other.Length > match.Length && overlaps && !contains)
                {
                    straddles = true;
                    break;
                }
            }

            if (!straddles)
            {
                kept.Add(match);
            }
        }

        return kept;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }

    public List<LexiconMatch> Find(TagDimension dimension, string folded, TokenBoundaries? boundaries)
    {
        var trie = _tries[dimension];
        var found = new List<LexiconMatch>();
        var buffer = new List<(int End, List<LexiconEntry> Entries)>();
        for (var start = 0; start < folded.Length; start++)
        {
            if (boundaries is not null && !boundaries.IsStart(start))
            {
                continue;
            }

            buffer.Clear();
            trie.MatchesAt(folded, start, buffer);

            // Longest first, so that at one start the longer word hides the shorter ones.
            for (var i = buffer.Count - 1; i >= 0; i--)
            {
                var (end, entries) = buffer[i];
                if (boundaries is null || boundaries.IsEnd(end))
                {
                    found.Add(new LexiconMatch(start, end, entries));
                }
            }
        }

        // found is ordered by start, then longer first: a word lies inside an earlier one exactly when it ends no later.
        var kept = new List<LexiconMatch>(found.Count);
        var maxEnd = -1;
        foreach (var match in found)
        {
            if (match.End > maxEnd)
            {
                kept.Add(match);
                maxEnd = match.End;
            }
        }

        return kept;
    }

    private static void Add(LexiconTrie trie, string word, LexiconEntry entry)
    {
        var key = TaxonomyText.Key(word);
        if (key.Length > 0)
        {
            trie.Add(key, entry);
        }
    }
}
