using System.Globalization;
using System.Numerics;
using System.Text;
using AssetBank.Analysis.Chinese;

namespace AssetBank.Search.Indexing;

/// <summary>
/// A 64-bit SimHash of a document's content, computed at ingest and stored with it: letters and digits only, folded
/// (case, full width, traditional → simplified), in overlapping three-character shingles. The same text exported as
/// csv, json, xlsx, txt, docx or pdf comes out identical or a few bits apart, whatever the file is called.
/// </summary>
internal static class ContentFingerprint
{
    /// <summary>Fingerprints at most this many bits apart are the same piece of work.</summary>
    public const int NearBits = 6;

    // Shorter content (a title-only image, a one-word caption) is too little to call two items the same work.
    private const int MinCharacters = 16;

    private const int Shingle = 3;

    public static string? Of(params string?[] parts)
    {
        var text = Normalize(parts);
        if (text.Length < MinCharacters)
        {
            return null;
        }

        Span<int> votes = stackalloc int[64];
        for (var i = 0; i + Shingle <= text.Length; i++)
        {
            var hash = Fnv1a(text.AsSpan(i, Shingle));
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint.ToString("x16", CultureInfo.InvariantCulture);
    }

    public static bool Near(string a, string b) =>
        ulong.TryParse(a, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var x)
        && ulong.TryParse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var y)
        && BitOperations.PopCount(x ^ y) <= NearBits;

    private static string Normalize(string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            foreach (var c in TraditionalChineseFolding.Fold(part.Normalize(NormalizationForm.FormKC)))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }

        return builder.ToString();
    }

    private static ulong Fnv1a(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // FNV's low bits mix poorly for short inputs: a final avalanche spreads every character over all 64 bits.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}
