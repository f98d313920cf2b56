using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

/// <summary>A lexicon of the given words, for OCR filter tests.</summary>
internal sealed class WordListLexicon(params string[] words) : IOcrLexicon
{
    private readonly HashSet<string> _words = [.. words];

    public int MaxWordLength => 8;

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word.ToString());
}
