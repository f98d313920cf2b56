using System.Buffers.Binary;
using SkiaSharp;

namespace AssetBank.HostileCorpus;

/// <summary>Small pictures encoded with SkiaSharp, then patched into hostile ones.</summary>
public static class ImageFiles
{
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A valid small PNG whose IHDR declares <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] PngDeclaring(uint width, uint height)
    {
        var png = Png(8, 8);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    /// <summary>A small JPEG whose start-of-frame declares <paramref name="width"/>×<paramref name="height"/>, cut after <paramref name="scanBytes"/> bytes of scan data (all of it when null).</summary>
    public static byte[] JpegDeclaring(ushort width, ushort height, int? scanBytes)
    {
        var jpeg = Jpeg(64, 64);
        var sof = FindMarker(jpeg, 0xC0);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), height);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), width);
        if (scanBytes is not { } keep)
        {
            return jpeg;
        }

        var sos = FindMarker(jpeg, 0xDA);
        var scanStart = sos + 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(sos + 2));
        return jpeg[..Math.Min(jpeg.Length - 2, scanStart + keep)];
    }

    /// <summary>A 1×1 GIF of <paramref name="frames"/> frames: tiny on disk, a decoder's worst case if it walks them all.</summary>
    public static byte[] AnimatedGif(int frames)
    {
        using var stream = new MemoryStream();
        stream.Write("GIF89a"u8);
        stream.Write([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]);
        for (var i = 0; i < frames; i++)
        {
            stream.Write([0x21, 0xF9, 4, 0, 1, 0, 0, 0]);
            stream.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
            stream.Write([2, 2, 0x44, 1, 0]);
        }

        stream.WriteByte(0x3B);
        return stream.ToArray();
    }

    /// <summary>
    /// The boxes that open a still AVIF (<c>ftyp</c> brand <c>avif</c>, then <c>meta</c>) without a coded picture:
    /// what detection reads. Made by hand because no AVIF encoder is at hand here (no ffmpeg with libaom).
    /// </summary>
    public static byte[] StillAvifHeader()
    {
        using var stream = new MemoryStream();
        stream.Write([0, 0, 0, 0x20]);
        stream.Write("ftypavif"u8);
        stream.Write([0, 0, 0, 0]);
        stream.Write("avifmif1miafMA1B"u8);
        stream.Write([0, 0, 0, 0x0C]);
        stream.Write("meta"u8);
        stream.Write([0, 0, 0, 0]);
        return stream.ToArray();
    }

    private static int FindMarker(byte[] jpeg, byte marker)
    {
        for (var i = 2; i < jpeg.Length - 1; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == marker)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"SkiaSharp wrote a JPEG without marker FF{marker:X2}.");
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var random = new Random(width * 31 + height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 4), (byte)(y * 4), (byte)random.Next(256)));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
