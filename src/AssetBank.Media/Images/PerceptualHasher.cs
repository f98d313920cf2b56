using AssetBank.Core.Media;

namespace AssetBank.Media.Images;

/// <summary>64-bit dHash and pHash of a picture's luminance.</summary>
/// <remarks>
/// dHash: the picture is area-averaged to 9×8 and each bit says whether a cell is brighter than its right neighbour.
/// pHash: area-averaged to 32×32, transformed by a 2-D DCT-II; each bit says whether one of the 8×8 lowest
/// frequencies lies above their median (the DC term, always the largest, is one of them, as in the common pHash).
/// Coefficients within a hair of the median count as below it, so a flat picture hashes to zero instead of to
/// rounding noise. Bits are numbered row by row from the most significant.
/// </remarks>
public static class PerceptualHasher
{
    private const int DctSize = 32;
    private const int HashSide = 8;
    private static readonly double[,] Cosines = BuildCosines();

    public static ImageHashes Compute(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var luminance = image.Luminance();
        return new ImageHashes(DHash(luminance, image.Width, image.Height), PHash(luminance, image.Width, image.Height));
    }

    public static PerceptualHash DHash(float[] luminance, int width, int height)
    {
        var small = AreaResampler.Resample(luminance, width, height, HashSide + 1, HashSide);
        ulong bits = 0;
        for (var y = 0; y < HashSide; y++)
        {
            for (var x = 0; x < HashSide; x++)
            {
                bits <<= 1;
                var row = y * (HashSide + 1);

                // A hair of tolerance keeps rounding noise out of flat areas.
                if (small[row + x] > small[row + x + 1] + 1e-3f)
                {
                    bits |= 1;
                }
            }
        }

        return new PerceptualHash(bits);
    }

    public static PerceptualHash PHash(float[] luminance, int width, int height)
    {
        var small = AreaResampler.Resample(luminance, width, height, DctSize, DctSize);

        // Only frequencies 0..7 are needed: first along rows, then along columns.
        const int needed = HashSide;
        var rowPass = new double[DctSize, needed];
        for (var y = 0; y < DctSize; y++)
        {
            for (var u = 0; u < needed; u++)
            {
                var sum = 0.0;
                for (var x = 0; x < DctSize; x++)
                {
                    sum += small[(y * DctSize) + x] * Cosines[u, x];
                }

                rowPass[y, u] = sum;
            }
        }

        var coefficients = new double[HashSide * HashSide];
        for (var v = 0; v < HashSide; v++)
        {
            for (var u = 0; u < HashSide; u++)
            {
                var sum = 0.0;
                for (var y = 0; y < DctSize; y++)
                {
                    sum += rowPass[y, u] * Cosines[v, y];
                }

                coefficients[(v * HashSide) + u] = sum;
            }
        }

        var sorted = (double[])coefficients.Clone();
        Array.Sort(sorted);
        var median = (sorted[31] + sorted[32]) / 2;
        var epsilon = 1e-6 * (Math.Abs(sorted[^1]) + Math.Abs(sorted[0]) + 1);
        ulong bits = 0;
        foreach (var c in coefficients)
        {
            bits <<= 1;
            if (c > median + epsilon)
            {
                bits |= 1;
            }
        }

        return new PerceptualHash(bits);
    }

    private static double[,] BuildCosines()
    {
        var table = new double[DctSize, DctSize];
        for (var k = 0; k < DctSize; k++)
        {
            for (var n = 0; n < DctSize; n++)
            {
                table[k, n] = Math.Cos(Math.PI / DctSize * (n + 0.5) * k);
            }
        }

        return table;
    }
}
