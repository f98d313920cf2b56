namespace AssetBank.Media.Ocr;

/// <summary>
/// Which pixels of a frame held their grey level through the previous sampled frames. Burned-in captions hold still for
/// a second or more while most footage moves under them, so stillness through several samples separates caption strokes
/// from busy texture far better than one frame pair can: pixel-scale noise or a moving fractal stays put through one
/// step by chance, rarely through three.
/// </summary>
public sealed class StillMask
{
    private readonly bool[] _still;

    private StillMask(int width, int height, bool[] still)
    {
        Width = width;
        Height = height;
        _still = still;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The mask of <paramref name="frame"/> against <paramref name="previous"/>, or null when there is nothing of its size to compare with (first frame, still images).</summary>
    /// <param name="maxStep">Largest change of a pixel between two frames for it to count as still (compression and grain stay below it).</param>
    public static StillMask? From(GrayImage frame, IReadOnlyList<GrayImage> previous, int maxStep = TextBandDetector.StillStep)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(previous);
        var comparable = previous.Where(p => p.Width == frame.Width && p.Height == frame.Height).ToList();
        if (comparable.Count == 0)
        {
            return null;
        }

        var current = frame.Pixels;
        var still = new bool[current.Length];
        Array.Fill(still, true);
        foreach (var before in comparable)
        {
            var old = before.Pixels;
            for (var i = 0; i < still.Length; i++)
            {
                if (still[i] && Math.Abs(current[i] - old[i]) >= maxStep)
                {
                    still[i] = false;
                }
            }
        }

        return new StillMask(frame.Width, frame.Height, Open(still, frame.Width, frame.Height));
    }

    /// <summary>
    /// Morphological opening by a 3×3 square: still specks narrower than three pixels go, solid still areas keep their
    /// shape. Pixel-scale texture stays put by chance here and there, never over a whole 3×3 patch; a caption's strokes
    /// with their border or shadow are several pixels wide.
    /// </summary>
    public static bool[] Open(bool[] mask, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(mask);
        return Spread(Spread(mask, width, height, keep: true), width, height, keep: false);
    }

    /// <summary>keep=true: erosion (a pixel stays only when its whole 3×3 neighbourhood is set); keep=false: dilation.</summary>
    private static bool[] Spread(bool[] mask, int width, int height, bool keep)
    {
        var horizontal = new bool[mask.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var left = mask[row + Math.Max(0, x - 1)];
                var right = mask[row + Math.Min(width - 1, x + 1)];
                var self = mask[row + x];
                horizontal[row + x] = keep ? left && self && right : left || self || right;
            }
        }

        var result = new bool[mask.Length];
        for (var y = 0; y < height; y++)
        {
            var up = Math.Max(0, y - 1) * width;
            var down = Math.Min(height - 1, y + 1) * width;
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                result[row + x] = keep
                    ? horizontal[up + x] && horizontal[row + x] && horizontal[down + x]
                    : horizontal[up + x] || horizontal[row + x] || horizontal[down + x];
            }
        }

        return result;
    }

    public bool this[int x, int y] => _still[(y * Width) + x];

    public ReadOnlySpan<bool> Row(int y) => _still.AsSpan(y * Width, Width);

    /// <summary>The rectangle clipped to the frame, exactly as <see cref="GrayImage.Crop"/> clips it.</summary>
    public bool[] Crop(int x, int y, int width, int height)
    {
        var (x0, y0, w, h) = GrayImage.Clip(x, y, width, height, Width, Height);
        var cells = new bool[w * h];
        for (var row = 0; row < h; row++)
        {
            _still.AsSpan(((y0 + row) * Width) + x0, w).CopyTo(cells.AsSpan(row * w, w));
        }

        return cells;
    }
}
