using System.Globalization;

namespace AssetBank.Core.Media;

/// <summary>One colour of an image's small palette, with the share of the picture it covers.</summary>
/// <param name="Share">Fraction of the (alpha-flattened) picture, 0–1.</param>
public sealed record DominantColor(byte R, byte G, byte B, double Share)
{
    /// <summary>CSS form, e.g. <c>#1e5a3c</c>.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
