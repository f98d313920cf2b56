using System.Buffers.Binary;

namespace AssetBank.Core.Similarity.Audio;

/// <summary>How a raw Chromaprint fingerprint is stored: its values as little-endian 32-bit words.</summary>
public static class FingerprintBytes
{
    public static byte[] Encode(IReadOnlyList<uint> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bytes = new byte[values.Count * 4];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    /// <exception cref="FormatException">The length is not a whole number of values.</exception>
    public static uint[] Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length % 4 != 0)
        {
            throw new FormatException($"A stored audio fingerprint of {bytes.Length} bytes is not a whole number of 32-bit values.");
        }

        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }
}
