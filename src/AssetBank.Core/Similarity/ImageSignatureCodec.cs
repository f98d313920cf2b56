using System.Buffers.Binary;
using AssetBank.Core.Errors;

namespace AssetBank.Core.Similarity;

/// <summary>
/// The stored form of a reference signature: the four 256-bit hashes, the uniform flag and the local features, in a
/// small versioned binary layout. Mirrored features are query-only and never stored.
/// </summary>
/// <remarks>
/// Version 2 added the crop windows, version 3 the thumbnail; older fingerprints still decode, without them.
/// </remarks>
public static class ImageSignatureCodec
{
    private const byte Version = 3;
    private const byte VersionWithoutThumbnail = 2;
    private const byte VersionWithoutWindows = 1;

    public static byte[] Encode(ImageSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var features = signature.Features;
        if (signature.Windows.Count > byte.MaxValue)
        {
            throw new ArgumentException("A signature holds at most 255 crop windows.", nameof(signature));
        }

        var thumbnail = signature.Thumbnail ?? GrayThumbnail.Empty;
        if (thumbnail.Width > byte.MaxValue || thumbnail.Height > byte.MaxValue)
        {
            throw new ArgumentException("A thumbnail is at most 255 pixels on each side.", nameof(signature));
        }

        var size = 1 + 1 + (4 * 32) + 1 + (signature.Windows.Count * 32) + 2 + thumbnail.Pixels.Length + 16 + 8 + 4 + (features.Points.Length * 4) + features.Descriptors.Length;
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        span[0] = Version;
        span[1] = signature.IsUniform ? (byte)1 : (byte)0;
        var at = 2;
        foreach (var hash in new[] { signature.Full, signature.Mirror, signature.Centre, signature.CentreMirror })
        {
            at = Write(span, at, hash);
        }

        span[at++] = (byte)signature.Windows.Count;
        foreach (var window in signature.Windows)
        {
            at = Write(span, at, window);
        }

        span[at++] = (byte)thumbnail.Width;
        span[at++] = (byte)thumbnail.Height;
        thumbnail.Pixels.CopyTo(span[at..]);
        at += thumbnail.Pixels.Length;
        foreach (var value in (ReadOnlySpan<double>)[thumbnail.Content.X, thumbnail.Content.Y, thumbnail.Content.Width, thumbnail.Content.Height])
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], (float)value);
            at += 4;
        }

        BinaryPrimitives.WriteInt32LittleEndian(span[at..], features.Width);
        BinaryPrimitives.WriteInt32LittleEndian(span[(at + 4)..], features.Height);
        BinaryPrimitives.WriteInt32LittleEndian(span[(at + 8)..], features.Count);
        at += 12;
        foreach (var value in features.Points)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], value);
            at += 4;
        }

        features.Descriptors.CopyTo(span[at..]);
        return bytes;
    }

    /// <exception cref="CatalogException">The bytes are not a signature this version wrote.</exception>
    public static ImageSignature Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 2 + (4 * 32) + 12 || bytes[0] is not (Version or VersionWithoutThumbnail or VersionWithoutWindows))
        {
            throw new CatalogException(name, "the stored fingerprint is damaged or from another version; re-import the library");
        }

        var uniform = bytes[1] == 1;
        var at = 2;
        var hashes = new Hash256[4];
        for (var i = 0; i < 4; i++, at += 32)
        {
            hashes[i] = Read(bytes[at..]);
        }

        var windows = new Hash256[bytes[0] >= VersionWithoutThumbnail ? bytes[at++] : 0];
        if (bytes.Length < at + (windows.Length * 32) + 12)
        {
            throw new CatalogException(name, "the stored fingerprint is truncated; re-import the library");
        }

        for (var i = 0; i < windows.Length; i++, at += 32)
        {
            windows[i] = Read(bytes[at..]);
        }

        GrayThumbnail? thumbnail = null;
        if (bytes[0] == Version)
        {
            var thumbnailWidth = bytes[at];
            var thumbnailHeight = bytes[at + 1];
            at += 2;
            var pixels = thumbnailWidth * thumbnailHeight;
            if (bytes.Length < at + pixels + 16 + 12)
            {
                throw new CatalogException(name, "the stored fingerprint is truncated; re-import the library");
            }

            var thumbnailPixels = bytes.Slice(at, pixels).ToArray();
            at += pixels;
            var content = new MatchedRegion(
                BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]),
                BinaryPrimitives.ReadSingleLittleEndian(bytes[(at + 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(bytes[(at + 8)..]),
                BinaryPrimitives.ReadSingleLittleEndian(bytes[(at + 12)..]));
            at += 16;
            thumbnail = pixels == 0 ? GrayThumbnail.Empty : new GrayThumbnail(thumbnailWidth, thumbnailHeight, thumbnailPixels, content);
        }

        var width = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 4)..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 8)..]);
        at += 12;
        if (count < 0 || bytes.Length != at + (count * 8) + (count * LocalFeatures.DescriptorBytes))
        {
            throw new CatalogException(name, "the stored fingerprint is truncated; re-import the library");
        }

        var points = new float[count * 2];
        for (var i = 0; i < points.Length; i++, at += 4)
        {
            points[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }

        var descriptors = bytes[at..].ToArray();
        return new ImageSignature(hashes[0], hashes[1], hashes[2], hashes[3], windows, new LocalFeatures(width, height, points, descriptors), LocalFeatures.Empty, uniform, thumbnail);
    }

    private static int Write(Span<byte> span, int at, Hash256 hash)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], hash.A);
        BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 8)..], hash.B);
        BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 16)..], hash.C);
        BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 24)..], hash.D);
        return at + 32;
    }

    private static Hash256 Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
}
