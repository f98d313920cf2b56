namespace AssetBank.Media.Ocr;

/// <summary>An 8-bit grey picture in memory (one byte per pixel, rows top to bottom): what OCR looks at.</summary>
public sealed class GrayImage
{
    private readonly byte[] _pixels;

    public GrayImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != checked(width * height))
        {
            throw new ArgumentException($"Expected {width * height} bytes for {width}×{height} grey, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Pixels => _pixels;

    public byte this[int x, int y] => _pixels[(y * Width) + x];

    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width, Width);

    /// <summary>A picture of one shade (tests and blank frames).</summary>
    public static GrayImage Solid(int width, int height, byte value)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, value);
        return new GrayImage(width, height, pixels);
    }

    /// <summary>The rectangle clipped to the picture.</summary>
    public GrayImage Crop(int x, int y, int width, int height)
    {
        var (x0, y0, w, h) = Clip(x, y, width, height, Width, Height);
        var pixels = new byte[w * h];
        for (var row = 0; row < h; row++)
        {
            _pixels.AsSpan(((y0 + row) * Width) + x0, w).CopyTo(pixels.AsSpan(row * w, w));
        }

        return new GrayImage(w, h, pixels);
    }

    /// <summary>The part of a rectangle inside a picture of <paramref name="pictureWidth"/>×<paramref name="pictureHeight"/>, at least one pixel.</summary>
    public static (int X, int Y, int Width, int Height) Clip(int x, int y, int width, int height, int pictureWidth, int pictureHeight)
    {
        var x0 = Math.Clamp(x, 0, pictureWidth - 1);
        var y0 = Math.Clamp(y, 0, pictureHeight - 1);
        return (x0, y0, Math.Clamp(width - (x0 - x), 1, pictureWidth - x0), Math.Clamp(height - (y0 - y), 1, pictureHeight - y0));
    }

    /// <summary>Bilinear resize (enlarging small text helps the recogniser more than anything else).</summary>
    public GrayImage Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (width == Width && height == Height)
        {
            return this;
        }

        var pixels = new byte[width * height];
        var sx = (double)Width / width;
        var sy = (double)Height / height;
        for (var y = 0; y < height; y++)
        {
            var fy = Math.Clamp(((y + 0.5) * sy) - 0.5, 0, Height - 1);
            var y0 = (int)fy;
            var y1 = Math.Min(y0 + 1, Height - 1);
            var wy = fy - y0;
            for (var x = 0; x < width; x++)
            {
                var fx = Math.Clamp(((x + 0.5) * sx) - 0.5, 0, Width - 1);
                var x0 = (int)fx;
                var x1 = Math.Min(x0 + 1, Width - 1);
                var wx = fx - x0;
                var top = (this[x0, y0] * (1 - wx)) + (this[x1, y0] * wx);
                var bottom = (this[x0, y1] * (1 - wx)) + (this[x1, y1] * wx);
                pixels[(y * width) + x] = (byte)Math.Round((top * (1 - wy)) + (bottom * wy));
            }
        }

        return new GrayImage(width, height, pixels);
    }
}
