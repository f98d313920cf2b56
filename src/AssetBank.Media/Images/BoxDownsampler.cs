namespace AssetBank.Media.Images;

/// <summary>
/// Shrinks premultiplied RGBA rows, fed one at a time, into a small picture by averaging the source pixels that fall
/// in each output cell; then flattens alpha onto a background. Memory is O(output), whatever the source size.
/// </summary>
internal sealed class BoxDownsampler
{
    private readonly int _sourceWidth;
    private readonly int _sourceHeight;
    private readonly int _width;
    private readonly int _height;
    private readonly int[] _columnOf;
    private readonly int[] _columnCount;
    private readonly int[] _rowCount;
    private readonly float[] _sums;

    public BoxDownsampler(int sourceWidth, int sourceHeight, int width, int height)
    {
        _sourceWidth = sourceWidth;
        _sourceHeight = sourceHeight;
        _width = Math.Min(width, sourceWidth);
        _height = Math.Min(height, sourceHeight);
        _columnOf = new int[sourceWidth];
        _columnCount = new int[_width];
        _rowCount = new int[_height];
        for (var x = 0; x < sourceWidth; x++)
        {
            _columnOf[x] = (int)((long)x * _width / sourceWidth);
            _columnCount[_columnOf[x]]++;
        }

        _sums = new float[_width * _height * 4];
    }

    public int Width => _width;

    public int Height => _height;

    /// <summary>Adds source row <paramref name="y"/> (premultiplied RGBA, 4 bytes per pixel).</summary>
    public void AddRow(int y, ReadOnlySpan<byte> rgba)
    {
        if ((uint)y >= (uint)_sourceHeight)
        {
            return;
        }

        var outRow = (int)((long)y * _height / _sourceHeight);
        _rowCount[outRow]++;
        var baseIndex = outRow * _width * 4;
        for (var x = 0; x < _sourceWidth; x++)
        {
            var p = x * 4;
            var o = baseIndex + (_columnOf[x] * 4);
            _sums[o] += rgba[p];
            _sums[o + 1] += rgba[p + 1];
            _sums[o + 2] += rgba[p + 2];
            _sums[o + 3] += rgba[p + 3];
        }
    }

    /// <summary>The averaged picture with transparency composited over the background colour.</summary>
    public RgbImage Flatten(byte backgroundR, byte backgroundG, byte backgroundB)
    {
        var pixels = new byte[_width * _height * 3];
        for (var y = 0; y < _height; y++)
        {
            for (var x = 0; x < _width; x++)
            {
                var n = (float)_rowCount[y] * _columnCount[x];
                var s = ((y * _width) + x) * 4;
                var d = ((y * _width) + x) * 3;
                if (n <= 0)
                {
                    // A row the decoder never delivered (truncated file): show the background.
                    pixels[d] = backgroundR;
                    pixels[d + 1] = backgroundG;
                    pixels[d + 2] = backgroundB;
                    continue;
                }

                var uncovered = 1f - (_sums[s + 3] / n / 255f);
                pixels[d] = Clamp((_sums[s] / n) + (backgroundR * uncovered));
                pixels[d + 1] = Clamp((_sums[s + 1] / n) + (backgroundG * uncovered));
                pixels[d + 2] = Clamp((_sums[s + 2] / n) + (backgroundB * uncovered));
            }
        }

        return new RgbImage(_width, _height, pixels);
    }

    private static byte Clamp(float value) => (byte)Math.Clamp((int)MathF.Round(value), 0, 255);
}
