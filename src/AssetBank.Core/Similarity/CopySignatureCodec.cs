using System.Buffers.Binary;
using AssetBank.Core.Errors;

namespace AssetBank.Core.Similarity;

/// <summary>
/// The stored form of a <see cref="CopySignature"/>: a version byte, the length, the SimHash and the MinHash values,
/// then (version 2) the count of passage anchors and the anchors, little-endian. Version 1 (no anchors) is still read.
/// </summary>
public static class CopySignatureCodec
{
    private const byte WithoutAnchors = 1;
    private const byte Version = 2;

    public static byte[] Encode(CopySignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var anchorsAt = 15 + (signature.MinHash.Length * 4);
        var bytes = new byte[anchorsAt + 4 + (signature.Anchors.Length * 8)];
        var span = bytes.AsSpan();
        span[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], signature.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[5..], signature.SimHash);
        BinaryPrimitives.WriteUInt16LittleEndian(span[13..], checked((ushort)signature.MinHash.Length));
        for (var i = 0; i < signature.MinHash.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(15 + (i * 4))..], signature.MinHash[i]);
        }

        BinaryPrimitives.WriteInt32LittleEndian(span[anchorsAt..], signature.Anchors.Length);
        for (var i = 0; i < signature.Anchors.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[(anchorsAt + 4 + (i * 8))..], signature.Anchors[i]);
        }

        return bytes;
    }

    /// <param name="where">Names the item in the error when the bytes are not a copy signature this build reads.</param>
    public static CopySignature Decode(byte[] bytes, string where)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 15 || bytes[0] is not (WithoutAnchors or Version))
        {
            throw new CatalogException(where, "not a copy fingerprint of a version this bank reads");
        }

        var span = bytes.AsSpan();
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[13..]);
        var anchorsAt = 15 + (count * 4);
        var anchorCount = bytes[0] == Version && bytes.Length >= anchorsAt + 4 ? BinaryPrimitives.ReadInt32LittleEndian(span[anchorsAt..]) : 0;
        var expected = bytes[0] == Version ? anchorsAt + 4 + ((long)anchorCount * 8) : anchorsAt;
        if (anchorCount < 0 || bytes.Length != expected)
        {
            throw new CatalogException(where, "the copy fingerprint is truncated");
        }

        var minHash = new uint[count];
        for (var i = 0; i < count; i++)
        {
            minHash[i] = BinaryPrimitives.ReadUInt32LittleEndian(span[(15 + (i * 4))..]);
        }

        var anchors = new ulong[anchorCount];
        for (var i = 0; i < anchorCount; i++)
        {
            anchors[i] = BinaryPrimitives.ReadUInt64LittleEndian(span[(anchorsAt + 4 + (i * 8))..]);
        }

        return new CopySignature(minHash, BinaryPrimitives.ReadUInt64LittleEndian(span[5..]), BinaryPrimitives.ReadInt32LittleEndian(span[1..])) { Anchors = anchors };
    }
}
