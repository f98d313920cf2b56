using System.Buffers.Binary;
using System.Text;

namespace AssetBank.Media.Images;

/// <summary>
/// Recognises image formats from magic bytes and reads the declared size from headers that are cheap to read
/// (PNG, GIF, BMP, WebP), so that limits are checked before any decoder is involved.
/// </summary>
public static class ImageFormatSniffer
{
    /// <summary>Bytes needed to recognise every format here.</summary>
    public const int HeaderLength = 64;

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JxlContainerMagic => [0, 0, 0, 0x0C, 0x4A, 0x58, 0x4C, 0x20, 0x0D, 0x0A, 0x87, 0x0A];

    public static SniffedImage Sniff(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 24 && header[..8].SequenceEqual(PngMagic) && header.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return new SniffedImage("png", true, BinaryPrimitives.ReadUInt32BigEndian(header[16..]), BinaryPrimitives.ReadUInt32BigEndian(header[20..]));
        }

        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return new SniffedImage("jpeg", true);
        }

        if (header.Length >= 10 && (header[..6].SequenceEqual("GIF87a"u8) || header[..6].SequenceEqual("GIF89a"u8)))
        {
            return new SniffedImage("gif", true, BinaryPrimitives.ReadUInt16LittleEndian(header[6..]), BinaryPrimitives.ReadUInt16LittleEndian(header[8..]));
        }

        if (header.Length >= 16 && header[..4].SequenceEqual("RIFF"u8) && header.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return SniffWebP(header);
        }

        if (header.Length >= 26 && header[0] == (byte)'B' && header[1] == (byte)'M')
        {
            var width = BinaryPrimitives.ReadInt32LittleEndian(header[18..]);
            var height = BinaryPrimitives.ReadInt32LittleEndian(header[22..]);
            return new SniffedImage("bmp", true, Math.Abs((long)width), Math.Abs((long)height));
        }

        if (header.Length >= 4 && header[0] == 0 && header[1] == 0 && header[2] == 1 && header[3] == 0)
        {
            return new SniffedImage("ico", true);
        }

        if (header.Length >= 4 && ((header[0] == (byte)'I' && header[1] == (byte)'I' && header[2] == 42 && header[3] == 0) ||
                                   (header[0] == (byte)'M' && header[1] == (byte)'M' && header[2] == 0 && header[3] == 42)))
        {
            return new SniffedImage("tiff", false);
        }

        if (header.Length >= 12 && header.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(header.Slice(8, 4));
            return brand switch
            {
                "avif" or "avis" => new SniffedImage("avif", false),
                "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1" => new SniffedImage("heic", false),
                _ => new SniffedImage("unknown", false),
            };
        }

        if ((header.Length >= 2 && header[0] == 0xFF && header[1] == 0x0A) ||
            (header.Length >= 12 && header[..12].SequenceEqual(JxlContainerMagic)))
        {
            return new SniffedImage("jxl", false);
        }

        if (header.Length >= 4 && header[..4].SequenceEqual("8BPS"u8))
        {
            return new SniffedImage("psd", false);
        }

        return new SniffedImage("unknown", false);
    }

    private static SniffedImage SniffWebP(ReadOnlySpan<byte> header)
    {
        var chunk = header.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8) && header.Length >= 30)
        {
            long width = 1 + (header[24] | (header[25] << 8) | (header[26] << 16));
            long height = 1 + (header[27] | (header[28] << 8) | (header[29] << 16));
            return new SniffedImage("webp", true, width, height);
        }

        if (chunk.SequenceEqual("VP8 "u8) && header.Length >= 30)
        {
            return new SniffedImage("webp", true, BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && header.Length >= 25)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(header[21..]);
            return new SniffedImage("webp", true, 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }

        return new SniffedImage("webp", true);
    }
}
