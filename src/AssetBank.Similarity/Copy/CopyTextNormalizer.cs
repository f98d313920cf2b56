using System.Text;
using AssetBank.Analysis.Chinese;

namespace AssetBank.Similarity.Copy;

/// <summary>
/// Normalises copy for comparison — NFKC (full-width letters and digits become ASCII), traditional folded to simplified,
/// lower case, and only letters and digits kept (punctuation, spaces, emoji and symbols go) — and remembers where each
/// kept character came from, so passages can be shown as they were written.
/// </summary>
public static class CopyTextNormalizer
{
    public static (string Normalized, int[] Offsets) Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Folding is almost always one character for one; when a phrase changes length the offsets would drift, so
        // fold character by character instead.
        var folded = TraditionalChineseFolding.Fold(text);
        var aligned = folded.Length == text.Length;
        var source = aligned ? folded : text;
        var normalized = new StringBuilder(source.Length);
        var offsets = new List<int>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var unitLength = char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
            if (unitLength == 1 && char.IsSurrogate(source[i]))
            {
                continue; // a lone surrogate (cut emoji) is no character at all
            }

            var unit = source.Substring(i, unitLength);
            if (!IsPlain(unit[0]))
            {
                unit = unit.Normalize(NormalizationForm.FormKC);
                if (!aligned)
                {
                    unit = TraditionalChineseFolding.Fold(unit);
                }
            }
            else if (!aligned)
            {
                unit = TraditionalChineseFolding.Fold(unit);
            }

            foreach (var rune in unit.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune))
                {
                    var lower = Rune.ToLowerInvariant(rune);
                    normalized.Append(lower.ToString());
                    for (var c = 0; c < lower.Utf16SequenceLength; c++)
                    {
                        offsets.Add(i);
                    }
                }
            }

            i += unitLength - 1;
        }

        return (normalized.ToString(), offsets.ToArray());
    }

    /// <summary>The original characters behind normalised positions [start, end).</summary>
    public static (int Start, int Length) OriginalRange(string original, int[] offsets, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(offsets);
        var from = offsets[start];
        var last = offsets[end - 1];
        var lastLength = char.IsHighSurrogate(original[last]) && last + 1 < original.Length ? 2 : 1;
        return (from, last + lastLength - from);
    }

    // CJK ideographs and ASCII letters and digits are already in NFKC form.
    private static bool IsPlain(char c) => c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetterOrDigit(c);
}
