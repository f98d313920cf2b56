using System.Numerics;
using System.Runtime.InteropServices;

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
        var cells = MemoryMarshal.Cast<bool, byte>(still.AsSpan());
        foreach (var before in comparable)
        {
            KeepUnchanged(current, before.Pixels, cells, (byte)Math.Clamp(maxStep, 1, 255));
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

    /// <summary>Clears the cells (0/1) of pixels that changed by <paramref name="maxStep"/> or more.</summary>
    private static void KeepUnchanged(ReadOnlySpan<byte> current, ReadOnlySpan<byte> old, Span<byte> cells, byte maxStep)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var step = new Vector<byte>(maxStep);
            for (; i <= current.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                var a = new Vector<byte>(current[i..]);
                var b = new Vector<byte>(old[i..]);
                var small = Vector.LessThan(Vector.Max(a, b) - Vector.Min(a, b), step);
                (new Vector<byte>(cells[i..]) & small).CopyTo(cells[i..]);
            }
        }

        for (; i < current.Length; i++)
        {
            cells[i] &= Math.Abs(current[i] - old[i]) < maxStep ? (byte)1 : (byte)0;
        }
    }

    /// <summary>keep=true: erosion (a pixel stays only when its whole 3×3 neighbourhood is set); keep=false: dilation.</summary>
    private static bool[] Spread(bool[] mask, int width, int height, bool keep)
    {
        var horizontal = new bool[mask.Length];
        var source = MemoryMarshal.Cast<bool, byte>(mask.AsSpan());
        var across = MemoryMarshal.Cast<bool, byte>(horizontal.AsSpan());
        for (var y = 0; y < height; y++)
        {
            var row = source.Slice(y * width, width);
            var output = across.Slice(y * width, width);
            if (width < 3)
            {
                row.CopyTo(output);
                continue;
            }

            Combine(row[..^2], row[1..^1], row[2..], output[1..^1], keep);
            output[0] = keep ? (byte)(row[0] & row[1]) : (byte)(row[0] | row[1]);
            output[^1] = keep ? (byte)(row[^1] & row[^2]) : (byte)(row[^1] | row[^2]);
        }

        var result = new bool[mask.Length];
        var down = MemoryMarshal.Cast<bool, byte>(result.AsSpan());
        for (var y = 0; y < height; y++)
        {
            Combine(
                across.Slice(Math.Max(0, y - 1) * width, width),
                across.Slice(y * width, width),
                across.Slice(Math.Min(height - 1, y + 1) * width, width),
                down.Slice(y * width, width),
                keep);
        }

        return result;
    }

    /// <summary>output = a ∧ b ∧ c (keep) or a ∨ b ∨ c, cell by cell.</summary>
    private static void Combine(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, Span<byte> output, bool keep)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= output.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                var va = new Vector<byte>(a[i..]);
                var vb = new Vector<byte>(b[i..]);
                var vc = new Vector<byte>(c[i..]);
                (keep ? va & vb & vc : va | vb | vc).CopyTo(output[i..]);
            }
        }

        for (; i < output.Length; i++)
        {
            output[i] = keep ? (byte)(a[i] & b[i] & c[i]) : (byte)(a[i] | b[i] | c[i]);
        }
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
