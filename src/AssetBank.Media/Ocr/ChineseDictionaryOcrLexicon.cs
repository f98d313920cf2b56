using AssetBank.Analysis.Chinese;

namespace AssetBank.Media.Ocr;

/// <summary>The search analyzer's Chinese dictionary (jieba's words plus ad vocabulary) as the OCR language check.</summary>
public sealed class ChineseDictionaryOcrLexicon : IOcrLexicon
{
    private readonly Lazy<ChineseDictionary> _dictionary;

    public ChineseDictionaryOcrLexicon(Func<ChineseDictionary> dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = new Lazy<ChineseDictionary>(dictionary, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The shared default dictionary, loaded on the first look-up.</summary>
    public static ChineseDictionaryOcrLexicon Default { get; } = new(() => ChineseDictionary.Default);

    public int MaxWordLength => 8;

    public bool Contains(ReadOnlySpan<char> word) => _dictionary.Value.Contains(word);
}
