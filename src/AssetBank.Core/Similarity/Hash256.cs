using System.Globalization;
using System.Numerics;

namespace AssetBank.Core.Similarity;

/// <summary>A 256-bit perceptual hash: signs of the 16×16 lowest DCT frequencies of a 64×64 luminance thumbnail.</summary>
public readonly record struct Hash256(ulong A, ulong B, ulong C, ulong D)
{
    public const int Bits = 256;

    /// <summary>Number of differing bits, 0 to 256; unrelated photographs sit near 128.</summary>
    public int DistanceTo(Hash256 other) =>
        BitOperations.PopCount(A ^ other.A) + BitOperations.PopCount(B ^ other.B) +
        BitOperations.PopCount(C ^ other.C) + BitOperations.PopCount(D ^ other.D);

    /// <summary>The 16-bit chunk <paramref name="index"/> (0–15), the unit of the multi-index.</summary>
    public ushort Chunk(int index)
    {
        var word = (index >> 2) switch { 0 => A, 1 => B, 2 => C, _ => D };
        return (ushort)(word >> ((index & 3) * 16));
    }

    /// <summary>Bitwise exclusive or: the bits in which two hashes differ.</summary>
    public static Hash256 operator ^(Hash256 left, Hash256 right) =>
        new(left.A ^ right.A, left.B ^ right.B, left.C ^ right.C, left.D ^ right.D);

    /// <summary>64 lower-case hex digits, the stored form.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{A:x16}{B:x16}{C:x16}{D:x16}");

    public static Hash256 Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 64)
        {
            throw new FormatException($"'{hex}' is not a 256-bit hex hash.");
        }

        return new Hash256(Word(hex, 0), Word(hex, 16), Word(hex, 32), Word(hex, 48));

        static ulong Word(string text, int start) =>
            ulong.Parse(text.AsSpan(start, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
