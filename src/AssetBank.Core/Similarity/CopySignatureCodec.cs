using System.Buffers.Binary;
using AssetBank.Core.Errors;

namespace AssetBank.Core.Similarity;

/// <summary>The stored form of a <see cref="CopySignature"/>: a version byte, the length, the SimHash and the MinHash values, little-endian.</summary>
public static class CopySignatureCodec
{
    private const byte Version = 1;

    public static byte[] Encode(CopySignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[1 + 4 + 8 + 2 + (signature.MinHash.Length * 4)];
        var span = bytes.AsSpan();
        span[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], signature.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[5..], signature.SimHash);
        BinaryPrimitives.WriteUInt16LittleEndian(span[13..], checked((ushort)signature.MinHash.Length));
        for (var i = 0; i < signature.MinHash.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(15 + (i * 4))..], signature.MinHash[i]);
        }

        return bytes;
    }

    /// <param name="where">Names the item in the error when the bytes are not a copy signature this build reads.</param>
    public static CopySignature Decode(byte[] bytes, string where)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 15 || bytes[0] != Version)
        {
            throw new CatalogException(where, "not a copy fingerprint of a version this bank reads");
        }

        var span = bytes.AsSpan();
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[13..]);
        if (bytes.Length != 15 + (count * 4))
        {
            throw new CatalogException(where, "the copy fingerprint is truncated");
        }

        var minHash = new uint[count];
        for (var i = 0; i < count; i++)
        {
            minHash[i] = BinaryPrimitives.ReadUInt32LittleEndian(span[(15 + (i * 4))..]);
        }

        return new CopySignature(minHash, BinaryPrimitives.ReadUInt64LittleEndian(span[5..]), BinaryPrimitives.ReadInt32LittleEndian(span[1..]));
    }
}
