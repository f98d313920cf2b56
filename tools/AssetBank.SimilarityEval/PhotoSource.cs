using SkiaSharp;

namespace AssetBank.SimilarityEval;

/// <summary>The raster wallpapers unpacked from the Debian packages: the largest file of each, in name order.</summary>
internal static class PhotoSource
{
    public static List<string> Find(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".webp", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.Contains("screenshot", StringComparison.OrdinalIgnoreCase) && new FileInfo(f).Length > 150_000)
            .GroupBy(f => f.Contains("/contents/images", StringComparison.Ordinal) ? f[..f.IndexOf("/contents/images", StringComparison.Ordinal)] : f)
            .Select(g => g.OrderByDescending(f => new FileInfo(f).Length).First())
            .Order(StringComparer.Ordinal)
            .ToList();

    public static SKBitmap Load(string path, int width)
    {
        using var decoded = SKBitmap.Decode(path);
        var height = (int)Math.Round((double)decoded.Height * width / decoded.Width);
        return decoded.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear));
    }

    public static IEnumerable<SKBitmap> Tiles(SKBitmap photo, int columns, int rows)
    {
        var w = photo.Width / columns;
        var h = photo.Height / rows;
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                var tile = new SKBitmap();
                photo.ExtractSubset(tile, new SKRectI(x * w, y * h, (x + 1) * w, (y + 1) * h));
                yield return tile.Copy();
            }
        }
    }
}
