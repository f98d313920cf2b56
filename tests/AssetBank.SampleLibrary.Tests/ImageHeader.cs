using System.Buffers.Binary;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>Reads width and height from PNG (IHDR) and JPEG (SOFn) headers without decoding.</summary>
internal static class ImageHeader
{
    public static (int Width, int Height) Size(byte[] bytes)
    {
        if (bytes is [0x89, 0x50, 0x4E, 0x47, ..])
        {
            return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        }

        if (bytes is [0xFF, 0xD8, ..])
        {
            var i = 2;
            while (i + 9 < bytes.Length)
            {
                if (bytes[i] != 0xFF)
                {
                    throw new InvalidDataException("JPEG marker expected.");
                }

                var marker = bytes[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
                var isFrameHeader = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
                if (isFrameHeader)
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)));
                }

                i += 2 + length;
            }
        }

        throw new InvalidDataException("Neither PNG nor JPEG, or no frame header found.");
    }
}
