namespace AssetBank.Tagging.Lexicon;

/// <summary>A character trie of folded words of one dimension; a node that ends a word holds what the word means.</summary>
internal sealed class LexiconTrie
{
    private readonly Node _root = new();

    public int MaxDepth { get; private set; }

    public void Add(string foldedWord, LexiconEntry entry)
    {
        var node = _root;
        foreach (var c in foldedWord)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children.Add(c, next);
            }

            node = next;
        }

        MaxDepth = Math.Max(MaxDepth, foldedWord.Length);
        node.Entries ??= [];

        // One word may be a term's label and also one of its keywords: keep the stronger meaning once.
        var existing = node.Entries.FindIndex(e => e.TermIndex == entry.TermIndex && e.Negative == entry.Negative);
        if (existing < 0)
        {
            node.Entries.Add(entry);
        }
        else if (entry.Weight > node.Entries[existing].Weight)
        {
            node.Entries[existing] = entry;
        }
    }

    /// <summary>Every dictionary word that starts at <paramref name="start"/>, shortest first, as (end, entries).</summary>
    public void MatchesAt(string text, int start, List<(int End, List<LexiconEntry> Entries)> into)
    {
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out node))
            {
                return;
            }

            if (node.Entries is { Count: > 0 })
            {
                into.Add((i + 1, node.Entries));
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public List<LexiconEntry>? Entries { get; set; }
    }
}
