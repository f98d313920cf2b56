namespace AssetBank.Tagging.Lexicon;

/// <summary>What a dictionary word means for one term: its weight, or that it argues against the term.</summary>
internal readonly record struct LexiconEntry(int TermIndex, double Weight, bool Negative);
