namespace AssetBank.Media.Ocr;

/// <summary>
/// Finds the rectangles of a frame that look like lines of text, anywhere in the picture: rows crossed by many strong
/// horizontal contrast steps (the strokes of characters, whatever their colour or background) form a band, and within a
/// band the columns holding those steps give its left and right ends. Pure and allocation-light, so every sampled frame
/// can afford it; the recogniser then sees only the bands, not the whole frame. Given a <see cref="StillMask"/> of the
/// previous sampled frames, only edges that stayed put count: captions hold still while a moving background does not,
/// which keeps busy footage (foliage, crowds, animation) from burying the captions in candidate bands.
/// </summary>
public static class TextBandDetector
{
    /// <summary>Grey-level step between a pixel's neighbours that counts as a stroke edge.</summary>
    public const int EdgeStep = 48;

    /// <summary>Largest change of a pixel between two sampled frames for it to count as still (compression and grain stay below it).</summary>
    public const int StillStep = 40;

    /// <param name="maxBandHeightShare">Tallest line as a share of the frame height (captions: about a sixth; posters: more).</param>
    /// <param name="still">Which pixels held still through the previous sampled frames, or null (first frame, still images).</param>
    public static IReadOnlyList<TextBand> Detect(GrayImage frame, int maxBands, double minDensity = 0.05, double maxBandHeightShare = 0.2, StillMask? still = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (still is not null && (still.Width != frame.Width || still.Height != frame.Height))
        {
            still = null;
        }

        int width = frame.Width, height = frame.Height;
        if (width < 16 || height < 8 || maxBands <= 0)
        {
            return [];
        }

        var minHeight = Math.Max(8, height / 90);
        var maxHeight = Math.Max(minHeight + 1, (int)(height * maxBandHeightShare));
        var rowEdges = new int[height];
        for (var y = 0; y < height; y++)
        {
            var row = frame.Row(y);
            var stillRow = still is null ? default : still.Row(y);
            var count = 0;
            for (var x = 1; x < width - 1; x++)
            {
                if (IsEdge(row, stillRow, x))
                {
                    count++;
                }
            }

            rowEdges[y] = count;
        }

        var sorted = (int[])rowEdges.Clone();
        Array.Sort(sorted);
        var threshold = Math.Max(Math.Max(6, width / 100), 2 * sorted[height / 2]);

        var bands = new List<TextBand>();
        var y0 = -1;
        var gap = 0;
        for (var y = 0; y <= height; y++)
        {
            var active = y < height && rowEdges[y] >= threshold;
            if (active)
            {
                if (y0 < 0)
                {
                    y0 = y;
                }

                gap = 0;
                continue;
            }

            if (y0 < 0)
            {
                continue;
            }

            gap++;
            if (gap <= 2 && y < height)
            {
                continue;
            }

            var y1 = y - gap + 1; // exclusive end of the run
            var runHeight = y1 - y0;
            if (runHeight >= minHeight && runHeight <= maxHeight)
            {
                AddSegments(frame, still, y0, runHeight, minDensity, bands);
            }

            y0 = -1;
            gap = 0;
        }

        return [.. bands.OrderByDescending(b => b.Density * b.Width).Take(maxBands).OrderBy(b => b.Y).ThenBy(b => b.X)];
    }

    /// <summary>A strong step between the neighbours of <paramref name="x"/> that was there in the previous frames too.</summary>
    private static bool IsEdge(ReadOnlySpan<byte> row, ReadOnlySpan<bool> still, int x) =>
        Math.Abs(row[x + 1] - row[x - 1]) >= EdgeStep && (still.IsEmpty || (still[x + 1] && still[x - 1]));

    private static void AddSegments(GrayImage frame, StillMask? still, int top, int bandHeight, double minDensity, List<TextBand> bands)
    {
        var width = frame.Width;
        var columns = new int[width];
        for (var y = top; y < top + bandHeight; y++)
        {
            var row = frame.Row(y);
            var stillRow = still is null ? default : still.Row(y);
            var above = frame.Row(Math.Max(0, y - 1));
            var below = frame.Row(Math.Min(frame.Height - 1, y + 1));
            for (var x = 1; x < width - 1; x++)
            {
                // Vertical steps too: a line may begin with 一 or 三, whose strokes have no horizontal step.
                if (IsEdge(row, stillRow, x) || (Math.Abs(below[x] - above[x]) >= EdgeStep && (stillRow.IsEmpty || stillRow[x])))
                {
                    columns[x]++;
                }
            }
        }

        // Characters are separated by less than about one character height; a wider gap ends the line.
        var maxGap = (int)(bandHeight * 1.5);
        var minColumnEdges = Math.Max(1, bandHeight / 8);
        var start = -1;
        var last = -1;
        for (var x = 0; x <= width; x++)
        {
            var active = x < width && columns[x] >= minColumnEdges;
            if (active)
            {
                if (start < 0)
                {
                    start = x;
                }

                last = x;
                continue;
            }

            if (start >= 0 && (x == width || x - last > maxGap))
            {
                var segmentWidth = last - start + 1;
                if (segmentWidth >= bandHeight * 1.2)
                {
                    var edges = 0;
                    for (var c = start; c <= last; c++)
                    {
                        edges += columns[c];
                    }

                    var density = (double)edges / (segmentWidth * bandHeight);
                    if (density >= minDensity)
                    {
                        bands.Add(new TextBand(start, top, segmentWidth, bandHeight, density));
                    }
                }

                start = -1;
            }
        }
    }
}
