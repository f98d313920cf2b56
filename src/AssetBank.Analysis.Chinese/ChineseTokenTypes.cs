namespace AssetBank.Analysis.Chinese;

/// <summary>The values of Lucene's <c>TypeAttribute</c> set by <see cref="ChineseTokenizer"/>.</summary>
public static class ChineseTokenTypes
{
    /// <summary>A Chinese word, from the dictionary or found by the HMM (may contain Latin: T恤, B站).</summary>
    public const string Word = "<WORD>";

    /// <summary>A run of letters or of letters and digits: KOL, iphone16.</summary>
    public const string Alphanumeric = "<ALPHANUM>";

    /// <summary>Digits, a decimal, a percentage or a date part: 618, 3.5, 50%, 2024年.</summary>
    public const string Number = "<NUM>";

    /// <summary>A run of Japanese kana or Korean hangul.</summary>
    public const string Script = "<SCRIPT>";

    /// <summary>An emoji or pictograph with its modifiers (❤️, 👍🏻, 👨‍👩‍👧).</summary>
    public const string Emoji = "<EMOJI>";

    /// <summary>Punctuation and other signs; <see cref="PunctuationStopFilter"/> removes them.</summary>
    public const string Punctuation = "<PUNCT>";
}
