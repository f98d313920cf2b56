using AssetBank.Core.Media;

namespace AssetBank.Media.Images;

/// <summary>An opaque 8-bit RGB picture in memory (3 bytes per pixel, rows top to bottom): the small working copy every analysis reads.</summary>
public sealed class RgbImage
{
    private readonly byte[] _pixels;

    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != checked(width * height * 3))
        {
            throw new ArgumentException($"Expected {width * height * 3} bytes for {width}×{height} RGB, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Pixels => _pixels;

    /// <summary>A picture of one colour (tests and placeholders).</summary>
    public static RgbImage Solid(int width, int height, byte r, byte g, byte b)
    {
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = r;
            pixels[i + 1] = g;
            pixels[i + 2] = b;
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>BT.601 luma per pixel, 0–255.</summary>
    public float[] Luminance()
    {
        var result = new float[Width * Height];
        for (int i = 0, p = 0; i < result.Length; i++, p += 3)
        {
            result[i] = (0.299f * _pixels[p]) + (0.587f * _pixels[p + 1]) + (0.114f * _pixels[p + 2]);
        }

        return result;
    }

    /// <summary>Returns the picture as displayed: the EXIF transform applied to the stored pixels.</summary>
    public RgbImage Oriented(ImageOrientation orientation)
    {
        if (orientation == ImageOrientation.Normal || !Enum.IsDefined(orientation))
        {
            return this;
        }

        var swaps = orientation is ImageOrientation.Transpose or ImageOrientation.Rotate90 or ImageOrientation.Transverse or ImageOrientation.Rotate270;
        var outW = swaps ? Height : Width;
        var outH = swaps ? Width : Height;
        var result = new byte[_pixels.Length];
        for (var y = 0; y < outH; y++)
        {
            for (var x = 0; x < outW; x++)
            {
                // (sx, sy): the stored pixel that is displayed at (x, y).
                var (sx, sy) = orientation switch
                {
                    ImageOrientation.FlipHorizontal => (Width - 1 - x, y),
                    ImageOrientation.Rotate180 => (Width - 1 - x, Height - 1 - y),
                    ImageOrientation.FlipVertical => (x, Height - 1 - y),
                    ImageOrientation.Transpose => (y, x),
                    ImageOrientation.Rotate90 => (y, Height - 1 - x),
                    ImageOrientation.Transverse => (Width - 1 - y, Height - 1 - x),
                    ImageOrientation.Rotate270 => (Width - 1 - y, x),
                    _ => (x, y),
                };
                var src = ((sy * Width) + sx) * 3;
                var dst = ((y * outW) + x) * 3;
                result[dst] = _pixels[src];
                result[dst + 1] = _pixels[src + 1];
                result[dst + 2] = _pixels[src + 2];
            }
        }

        return new RgbImage(outW, outH, result);
    }

    /// <summary>Area-averaged resize (each output pixel is the mean of the input area it covers).</summary>
    public RgbImage Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var channels = new float[3][];
        for (var c = 0; c < 3; c++)
        {
            var plane = new float[Width * Height];
            for (int i = 0, p = c; i < plane.Length; i++, p += 3)
            {
                plane[i] = _pixels[p];
            }

            channels[c] = AreaResampler.Resample(plane, Width, Height, width, height);
        }

        var result = new byte[width * height * 3];
        for (int i = 0, p = 0; i < width * height; i++, p += 3)
        {
            result[p] = ToByte(channels[0][i]);
            result[p + 1] = ToByte(channels[1][i]);
            result[p + 2] = ToByte(channels[2][i]);
        }

        return new RgbImage(width, height, result);
    }

    private static byte ToByte(float value) => (byte)Math.Clamp((int)MathF.Round(value), 0, 255);
}
