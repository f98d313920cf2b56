using System.Globalization;
using System.Numerics;

namespace AssetBank.Core.Media;

/// <summary>A 64-bit perceptual hash (dHash or pHash); near-identical pictures differ in few bits.</summary>
/// <remarks>
/// Recompression, resizing, small brightness changes and a 5 % crop typically move a hash by at most 9 bits;
/// unrelated photographs sit around 32 bits apart, but unrelated flat graphics can be as close as 4–6 bits,
/// so a match should combine both hashes rather than trust one.
/// </remarks>
public readonly record struct PerceptualHash(ulong Value)
{
    public const int Bits = 64;

    /// <summary>The number of differing bits, 0 (same) to 64.</summary>
    public int DistanceTo(PerceptualHash other) => BitOperations.PopCount(Value ^ other.Value);

    public static int HammingDistance(PerceptualHash a, PerceptualHash b) => a.DistanceTo(b);

    /// <summary>1 − distance / 64: 1.0 for identical hashes, about 0.5 for unrelated pictures.</summary>
    public double SimilarityTo(PerceptualHash other) => 1.0 - (DistanceTo(other) / (double)Bits);

    /// <summary>16 lower-case hex digits, the form stored in the catalog.</summary>
    public override string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);

    public static PerceptualHash Parse(string hex) =>
        TryParse(hex, out var hash) ? hash : throw new FormatException($"'{hex}' is not a 64-bit hex perceptual hash.");

    public static bool TryParse(string? hex, out PerceptualHash hash)
    {
        if (hex is { Length: > 0 and <= 16 } &&
            ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            hash = new PerceptualHash(value);
            return true;
        }

        hash = default;
        return false;
    }
}
