namespace AssetBank.Tagging.Lexicon;

/// <summary>A dictionary word found in a text: UTF-16 span and its meanings.</summary>
internal readonly record struct LexiconMatch(int Start, int End, IReadOnlyList<LexiconEntry> Entries)
{
    public int Length => End - Start;
}
