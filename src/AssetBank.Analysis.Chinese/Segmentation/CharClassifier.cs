using System.Globalization;
using System.Runtime.CompilerServices;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>
/// Character tables built once: the kind of every basic-plane code unit and its normalised form
/// (full-width folded to half-width, lower-cased), so that the hot loop does two array reads per char.
/// </summary>
internal static class CharClassifier
{
    private static readonly CharKind[] Kinds = BuildKinds();
    private static readonly char[] Normalized = BuildNormalized();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharKind KindOf(char c) => Kinds[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c) => Normalized[c];

    /// <summary>Folds a full-width form (U+FF01..U+FF5E, ideographic space) to its ASCII twin; other chars unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Kind of a supplementary-plane code point (a surrogate pair).</summary>
    public static CharKind KindOf(int codePoint)
    {
        // Extensions B..H of the CJK ideographs and the compatibility supplement.
        if (codePoint is >= 0x20000 and <= 0x3134F)
        {
            return CharKind.Han;
        }

        // Skin-tone modifiers are Sk, yet they belong to the emoji before them.
        if (codePoint is >= 0x1F3FB and <= 0x1F3FF)
        {
            return CharKind.Joiner;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.OtherSymbol => CharKind.Symbol,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharKind.Letter,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.Format when codePoint is >= 0xE0020 and <= 0xE007F => CharKind.Joiner,
            _ => CharKind.Punctuation,
        };
    }

    private static CharKind[] BuildKinds()
    {
        var kinds = new CharKind[65536];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = Classify((char)i);
        }

        return kinds;
    }

    private static CharKind Classify(char c)
    {
        switch (c)
        {
            case >= '\u4E00' and <= '\u9FFF':
            case >= '\u3400' and <= '\u4DBF':
            case >= '\uF900' and <= '\uFAFF':
            case '\u3007': // 〇 ideographic zero
            case '\u25CB': // ○ white circle, written for zero in years (二○○一年)
                return CharKind.Han;
            case >= '\u3040' and <= '\u30FF':
            case >= '\u31F0' and <= '\u31FF':
            case >= '\uFF66' and <= '\uFF9F':
                return CharKind.Kana;
            case >= '\uAC00' and <= '\uD7AF':
            case >= '\u1100' and <= '\u11FF':
            case >= '\u3130' and <= '\u318F':
                return CharKind.Hangul;
            case >= '\uD800' and <= '\uDBFF':
                return CharKind.HighSurrogate;
            case >= '\uDC00' and <= '\uDFFF':
                return CharKind.LowSurrogate;
            case '\u200D':
            case >= '\uFE00' and <= '\uFE0F':
            case '\u20E3': // combining enclosing keycap
                return CharKind.Joiner;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharKind.Whitespace;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharKind.Letter,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.OtherSymbol => CharKind.Symbol,
            _ => CharKind.Punctuation,
        };
    }

    private static char[] BuildNormalized()
    {
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            var c = FoldWidth((char)i);
            // Surrogates and unassigned code units map to themselves; lower-casing is 1:1 per code unit,
            // which keeps offsets of the normalised text equal to those of the original.
            table[i] = c is >= '\uD800' and <= '\uDFFF' ? c : char.ToLowerInvariant(c);
        }

        // Full-width digits fold to ASCII above; other scripts' decimal digits stay as they are.
        return table;
    }
}
