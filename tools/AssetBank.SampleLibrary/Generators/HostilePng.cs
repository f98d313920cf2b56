using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// A well-formed PNG header that claims huge dimensions over a few bytes of pixel data: a decoder that
/// allocates from the header (60000 × 60000 RGBA is 14.4 GB) before checking the data falls over.
/// </summary>
internal static class HostilePng
{
    public static byte[] Create(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: RGBA
        Chunk(stream, "IHDR", header);

        // One compressed, all-zero scanline: valid zlib, far too short for the claimed image.
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[1 + (4 * 64)]);
            }

            Chunk(stream, "IDAT", pixels.ToArray());
        }

        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        stream.Write(word);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeAndData));
        stream.Write(word);
    }
}
