using AssetBank.Core.Media;

namespace AssetBank.Media.Images;

/// <summary>
/// A small palette by histogram quantisation: pixels fall into 4-bit-per-channel bins, the fullest bins become palette
/// entries (bins whose mean colour lies close to an existing entry are merged into it), and every remaining bin is
/// assigned to its nearest entry, so shares add up to 1. Deterministic, no random seeding as in k-means.
/// </summary>
public static class DominantColorExtractor
{
    private const int MaxSamples = 16_384;

    /// <summary>Entries closer than this (Euclidean RGB distance) are one colour.</summary>
    private const double MergeDistance = 48;

    public static IReadOnlyList<DominantColor> Extract(RgbImage image, int count)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        var bins = new (long R, long G, long B, long N)[4096];
        var pixels = image.Pixels;
        var total = image.Width * image.Height;
        var step = Math.Max(1, total / MaxSamples);
        long sampled = 0;
        for (var i = 0; i < total; i += step)
        {
            var p = i * 3;
            int r = pixels[p], g = pixels[p + 1], b = pixels[p + 2];
            var bin = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
            bins[bin].R += r;
            bins[bin].G += g;
            bins[bin].B += b;
            bins[bin].N++;
            sampled++;
        }

        var filled = bins
            .Where(b => b.N > 0)
            .Select(b => (R: (double)b.R / b.N, G: (double)b.G / b.N, B: (double)b.B / b.N, N: (double)b.N))
            .OrderByDescending(b => b.N)
            .ThenBy(b => b.R).ThenBy(b => b.G).ThenBy(b => b.B)
            .ToList();

        var palette = new List<(double R, double G, double B, double N)>();
        foreach (var bin in filled)
        {
            var nearest = Nearest(palette, bin.R, bin.G, bin.B);
            if (nearest.Index >= 0 && (nearest.Distance < MergeDistance || palette.Count >= count * 2))
            {
                var e = palette[nearest.Index];
                var n = e.N + bin.N;
                palette[nearest.Index] = (((e.R * e.N) + (bin.R * bin.N)) / n, ((e.G * e.N) + (bin.G * bin.N)) / n, ((e.B * e.N) + (bin.B * bin.N)) / n, n);
            }
            else
            {
                palette.Add(bin);
            }
        }

        return palette
            .OrderByDescending(e => e.N)
            .Take(count)
            .Select(e => new DominantColor(ToByte(e.R), ToByte(e.G), ToByte(e.B), Math.Round(e.N / sampled, 4)))
            .ToList();
    }

    private static (int Index, double Distance) Nearest(List<(double R, double G, double B, double N)> palette, double r, double g, double b)
    {
        var best = (Index: -1, Distance: double.MaxValue);
        for (var i = 0; i < palette.Count; i++)
        {
            var (pr, pg, pb, _) = palette[i];
            var d = Math.Sqrt(((pr - r) * (pr - r)) + ((pg - g) * (pg - g)) + ((pb - b) * (pb - b)));
            if (d < best.Distance)
            {
                best = (i, d);
            }
        }

        return best;
    }

    private static byte ToByte(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
