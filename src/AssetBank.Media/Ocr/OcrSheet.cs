namespace AssetBank.Media.Ocr;

/// <summary>
/// Many text strips stacked on one white page with blank rows between them, so one recogniser run (one process
/// start-up, about a second) reads dozens of lines; <see cref="Rows"/> maps what it reads back to each strip.
/// </summary>
public sealed class OcrSheet
{
    public const int Gap = 28;
    public const int Margin = 16;

    private OcrSheet(GrayImage page, IReadOnlyList<(int Top, int Bottom)> rows)
    {
        Page = page;
        Rows = rows;
    }

    public GrayImage Page { get; }

    /// <summary>Where each strip lies on the page, top inclusive, bottom exclusive.</summary>
    public IReadOnlyList<(int Top, int Bottom)> Rows { get; }

    public static OcrSheet Stack(IReadOnlyList<GrayImage> strips)
    {
        ArgumentNullException.ThrowIfNull(strips);
        if (strips.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one strip.", nameof(strips));
        }

        var width = strips.Max(s => s.Width) + (2 * Margin);
        var height = strips.Sum(s => s.Height) + (Gap * (strips.Count - 1)) + (2 * Margin);
        var pixels = new byte[checked(width * height)];
        Array.Fill(pixels, (byte)255);
        var rows = new List<(int, int)>(strips.Count);
        var top = Margin;
        foreach (var strip in strips)
        {
            for (var y = 0; y < strip.Height; y++)
            {
                strip.Row(y).CopyTo(pixels.AsSpan(((top + y) * width) + Margin, strip.Width));
            }

            rows.Add((top, top + strip.Height));
            top += strip.Height + Gap;
        }

        return new OcrSheet(new GrayImage(width, height, pixels), rows);
    }

    /// <summary>The strip a word belongs to by its vertical centre; -1 when it lies in a gap.</summary>
    public int StripAt(int centreY)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (centreY >= Rows[i].Top - (Gap / 2) && centreY < Rows[i].Bottom + (Gap / 2))
            {
                return i;
            }
        }

        return -1;
    }
}
