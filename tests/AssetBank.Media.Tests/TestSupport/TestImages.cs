using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace AssetBank.Media.Tests.TestSupport;

/// <summary>Pictures built in memory: hostile headers, EXIF orientation, transparency.</summary>
internal static class TestImages
{
    /// <summary>A well-formed PNG whose header declares <paramref name="width"/>×<paramref name="height"/> but whose data is a few bytes (a decompression-bomb header).</summary>
    public static byte[] PngHeaderOnly(uint width, uint height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        WriteChunk(png, "IHDR", ihdr);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[64]);
        }

        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A real JPEG whose frame header (SOF) was rewritten to claim another size: decoders read the size before any pixel.</summary>
    public static byte[] JpegClaimingSize(byte[] jpeg, ushort width, ushort height)
    {
        var copy = (byte[])jpeg.Clone();
        for (var i = 2; i + 9 < copy.Length; i++)
        {
            if (copy[i] == 0xFF && copy[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), width);
                return copy;
            }
        }

        throw new InvalidOperationException("no SOF marker found");
    }

    /// <summary>Inserts an EXIF APP1 segment with only the orientation tag (0x0112) right after SOI.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] payload =
        [
            .. "Exif\0\0"u8,
            .. "II"u8, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,     // little-endian TIFF header, IFD0 at offset 8
            0x01, 0x00,                                          // one entry
            0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00,     // tag 0x0112, SHORT, count 1
            (byte)orientation, (byte)(orientation >> 8), 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,                              // no next IFD
        ];
        var length = (ushort)(payload.Length + 2);
        return [jpeg[0], jpeg[1], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>Encodes a picture drawn on a Skia canvas.</summary>
    public static byte[] Draw(int width, int height, SKEncodedImageFormat format, Action<SKCanvas> draw, SKAlphaType alpha = SKAlphaType.Premul)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alpha));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            draw(canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 95);
        return data.ToArray();
    }

    /// <summary>Left part red, right part blue: orientation is visible in which side holds which colour.</summary>
    public static byte[] RedLeftBlueRight(int width, int height, double redShare, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg) =>
        Draw(width, height, format, canvas =>
        {
            var split = (float)(width * redShare);
            using var red = new SKPaint { Color = new SKColor(220, 20, 20) };
            using var blue = new SKPaint { Color = new SKColor(20, 40, 220) };
            canvas.DrawRect(0, 0, split, height, red);
            canvas.DrawRect(split, 0, width - split, height, blue);
        });

    public static SKColor PixelAt(ReadOnlyMemory<byte> encoded, float fx, float fy)
    {
        using var bitmap = SKBitmap.Decode(encoded.ToArray());
        return bitmap.GetPixel((int)(fx * (bitmap.Width - 1)), (int)(fy * (bitmap.Height - 1)));
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
