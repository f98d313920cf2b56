namespace AssetBank.Media.Images;

/// <summary>Area-averaging resampler for one float plane: exact fractional coverage, separable, deterministic.</summary>
/// <remarks>Hashes are taken from planes resampled here rather than by a codec or GPU scaler, so the same picture hashes the same everywhere.</remarks>
public static class AreaResampler
{
    public static float[] Resample(float[] source, int width, int height, int newWidth, int newHeight)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(newWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(newHeight);
        if (source.Length != width * height)
        {
            throw new ArgumentException("The plane size does not match its dimensions.", nameof(source));
        }

        var columns = Weights(width, newWidth);
        var rows = Weights(height, newHeight);

        var horizontal = new float[newWidth * height];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < newWidth; x++)
            {
                var sum = 0f;
                foreach (var (index, weight) in columns[x])
                {
                    sum += source[row + index] * weight;
                }

                horizontal[(y * newWidth) + x] = sum;
            }
        }

        var result = new float[newWidth * newHeight];
        for (var y = 0; y < newHeight; y++)
        {
            foreach (var (index, weight) in rows[y])
            {
                var row = index * newWidth;
                var outRow = y * newWidth;
                for (var x = 0; x < newWidth; x++)
                {
                    result[outRow + x] += horizontal[row + x] * weight;
                }
            }
        }

        return result;
    }

    /// <summary>For each output cell, the input cells it covers and their normalised weights.</summary>
    private static List<(int Index, float Weight)>[] Weights(int size, int newSize)
    {
        var result = new List<(int, float)>[newSize];
        var scale = (double)size / newSize;
        for (var i = 0; i < newSize; i++)
        {
            var start = i * scale;
            var end = (i + 1) * scale;
            var list = new List<(int, float)>();
            if (scale <= 1)
            {
                // Enlarging: take the covering input cell.
                list.Add((Math.Min(size - 1, (int)Math.Floor((start + end) / 2)), 1f));
            }
            else
            {
                for (var j = (int)Math.Floor(start); j < Math.Min(size, (int)Math.Ceiling(end)); j++)
                {
                    var overlap = Math.Min(end, j + 1) - Math.Max(start, j);
                    if (overlap > 0)
                    {
                        list.Add((j, (float)(overlap / scale)));
                    }
                }
            }

            result[i] = list;
        }

        return result;
    }
}
