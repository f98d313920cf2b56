namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>What the tokenizer makes of one UTF-16 code unit (surrogates are resolved as pairs).</summary>
internal enum CharKind : byte
{
    /// <summary>Punctuation, math and currency signs, controls, unassigned: emitted as punctuation tokens.</summary>
    Punctuation = 0,
    Whitespace,
    /// <summary>A CJK ideograph in the basic plane (unified, extension A, compatibility, 〇).</summary>
    Han,
    /// <summary>Letters of alphabetic scripts (Latin, Greek, Cyrillic, ...), full-width Latin included.</summary>
    Letter,
    Digit,
    Kana,
    Hangul,
    /// <summary>Pictographs and other symbols that carry meaning in social text (❤, ☀, emoji).</summary>
    Symbol,
    /// <summary>Zero-width joiner and variation selectors: glue inside emoji sequences.</summary>
    Joiner,
    /// <summary>Combining marks: part of the letter before them.</summary>
    Mark,
    HighSurrogate,
    LowSurrogate,
}
