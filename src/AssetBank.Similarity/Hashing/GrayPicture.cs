using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Hashing;

/// <summary>A luminance picture (0–255 floats, rows top to bottom) that hashing and trimming work on.</summary>
internal sealed class GrayPicture
{
    public GrayPicture(int width, int height, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (values.Length != width * height)
        {
            throw new ArgumentException("Pixel count does not match the size.", nameof(values));
        }

        Width = width;
        Height = height;
        Values = values;
    }

    public int Width { get; }

    public int Height { get; }

    public float[] Values { get; }

    public float this[int x, int y] => Values[(y * Width) + x];

    public static GrayPicture From(DecodedPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var rgb = picture.Rgb.Span;
        var values = new float[picture.Width * picture.Height];
        for (var i = 0; i < values.Length; i++)
        {
            // Rec. 601 luma: grayscale conversions elsewhere use the same weights, so grayscale copies hash alike.
            values[i] = (0.299f * rgb[i * 3]) + (0.587f * rgb[(i * 3) + 1]) + (0.114f * rgb[(i * 3) + 2]);
        }

        return new GrayPicture(picture.Width, picture.Height, values);
    }

    public GrayPicture Mirrored()
    {
        var values = new float[Values.Length];
        for (var y = 0; y < Height; y++)
        {
            var row = y * Width;
            for (var x = 0; x < Width; x++)
            {
                values[row + x] = Values[row + Width - 1 - x];
            }
        }

        return new GrayPicture(Width, Height, values);
    }

    public GrayPicture Crop(PixelRect rect)
    {
        var values = new float[rect.Width * rect.Height];
        for (var y = 0; y < rect.Height; y++)
        {
            Array.Copy(Values, ((rect.Y + y) * Width) + rect.X, values, y * rect.Width, rect.Width);
        }

        return new GrayPicture(rect.Width, rect.Height, values);
    }

    /// <summary>Area-averaged resize: every source pixel contributes by the fraction of it a target cell covers.</summary>
    public float[] Resize(int width, int height)
    {
        var columns = Weights(Width, width);
        var rows = Weights(Height, height);
        var horizontal = new float[Height * width];
        for (var y = 0; y < Height; y++)
        {
            for (var tx = 0; tx < width; tx++)
            {
                var sum = 0f;
                foreach (var (index, weight) in columns[tx])
                {
                    sum += Values[(y * Width) + index] * weight;
                }

                horizontal[(y * width) + tx] = sum;
            }
        }

        var result = new float[width * height];
        for (var ty = 0; ty < height; ty++)
        {
            for (var tx = 0; tx < width; tx++)
            {
                var sum = 0f;
                foreach (var (index, weight) in rows[ty])
                {
                    sum += horizontal[(index * width) + tx] * weight;
                }

                result[(ty * width) + tx] = sum;
            }
        }

        return result;
    }

    public (double Mean, double StandardDeviation) Statistics()
    {
        double sum = 0, squares = 0;
        foreach (var v in Values)
        {
            sum += v;
            squares += v * v;
        }

        var mean = sum / Values.Length;
        return (mean, Math.Sqrt(Math.Max(0, (squares / Values.Length) - (mean * mean))));
    }

    private static List<(int Index, float Weight)>[] Weights(int source, int target)
    {
        var result = new List<(int, float)>[target];
        var scale = (double)source / target;
        for (var t = 0; t < target; t++)
        {
            var start = t * scale;
            var end = (t + 1) * scale;
            var cell = new List<(int, float)>();
            for (var s = (int)Math.Floor(start); s < Math.Min(source, (int)Math.Ceiling(end)); s++)
            {
                var overlap = Math.Min(end, s + 1) - Math.Max(start, s);
                if (overlap > 0)
                {
                    cell.Add((s, (float)(overlap / scale)));
                }
            }

            result[t] = cell;
        }

        return result;
    }
}
