namespace AssetBank.Media.Ocr;

/// <summary>
/// The words OCR output is checked against: real Chinese text is mostly made of dictionary words, while what the
/// recogniser invents from textures and noise is a string of unrelated characters. The host supplies the search
/// analyzer's dictionary; without one only the character checks apply.
/// </summary>
public interface IOcrLexicon
{
    /// <summary>Longest word worth looking up.</summary>
    int MaxWordLength { get; }

    bool Contains(ReadOnlySpan<char> word);
}
