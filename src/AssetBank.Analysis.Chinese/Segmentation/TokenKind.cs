namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>What a segmented token is; mapped to the Lucene token type strings of <see cref="ChineseTokenTypes"/>.</summary>
internal enum TokenKind : byte
{
    /// <summary>A Chinese word (from the dictionary or the HMM), possibly with Latin inside (T恤, B站).</summary>
    Word,
    /// <summary>A run of letters, or letters and digits (iPhone16, KOL).</summary>
    Alphanumeric,
    /// <summary>Digits, a decimal or a percentage (618, 3.5, 50%), or a date part (2024年).</summary>
    Number,
    /// <summary>A run of kana or hangul.</summary>
    Script,
    /// <summary>An emoji or other pictograph, with its modifiers and joiners.</summary>
    Emoji,
    /// <summary>Punctuation or another sign; removed by <see cref="PunctuationStopFilter"/>.</summary>
    Punctuation,
}
