using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Hashing;

/// <summary>
/// The 256-bit DCT hash: the picture is area-averaged to 64×64, transformed by a 2-D DCT-II, and each of the 16×16
/// lowest frequencies gives one bit: above the median of those 256 coefficients or not. Bits run row by row from
/// the lowest word's least significant bit, so each 16-bit chunk of the multi-index is one row of frequencies.
/// </summary>
internal static class DctHasher
{
    private const int Side = 64;
    private const int Kept = 16;
    private static readonly float[] Cosines = BuildCosines();

    public static Hash256 Compute(GrayPicture picture)
    {
        var small = picture.Resize(Side, Side);

        // Separable transform, keeping only the 16 lowest frequencies in each direction.
        var rows = new float[Side * Kept];
        for (var y = 0; y < Side; y++)
        {
            for (var u = 0; u < Kept; u++)
            {
                var sum = 0f;
                for (var x = 0; x < Side; x++)
                {
                    sum += small[(y * Side) + x] * Cosines[(u * Side) + x];
                }

                rows[(y * Kept) + u] = sum;
            }
        }

        var coefficients = new float[Kept * Kept];
        for (var v = 0; v < Kept; v++)
        {
            for (var u = 0; u < Kept; u++)
            {
                var sum = 0f;
                for (var y = 0; y < Side; y++)
                {
                    sum += rows[(y * Kept) + u] * Cosines[(v * Side) + y];
                }

                coefficients[(v * Kept) + u] = sum;
            }
        }

        var sorted = (float[])coefficients.Clone();
        Array.Sort(sorted);
        var median = (sorted[(Kept * Kept / 2) - 1] + sorted[Kept * Kept / 2]) / 2;
        Span<ulong> words = stackalloc ulong[4];
        for (var i = 0; i < Kept * Kept; i++)
        {
            // A hair of tolerance keeps rounding noise out of flat pictures.
            if (coefficients[i] > median + 1e-2f)
            {
                words[i >> 6] |= 1UL << (i & 63);
            }
        }

        return new Hash256(words[0], words[1], words[2], words[3]);
    }

    private static float[] BuildCosines()
    {
        var table = new float[Kept * Side];
        for (var u = 0; u < Kept; u++)
        {
            for (var x = 0; x < Side; x++)
            {
                table[(u * Side) + x] = (float)Math.Cos(Math.PI * u * ((2 * x) + 1) / (2.0 * Side));
            }
        }

        return table;
    }
}
