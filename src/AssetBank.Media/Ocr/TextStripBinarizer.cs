namespace AssetBank.Media.Ocr;

/// <summary>
/// Turns one text band of a frame into what the recogniser reads best: black characters on white, scaled so a character
/// is about <see cref="TargetTextHeight"/> pixels tall. The polarity is decided per band (light-on-dark captions and
/// dark-on-light posters alike): after an Otsu split, the class with fewer pixels inside the band is the text, since
/// strokes cover less of a line than its background does.
/// </summary>
public static class TextStripBinarizer
{
    public const int TargetTextHeight = 40;

    /// <summary>Grey level from which a pixel counts as a near-white (or yellow, ≈ 226) caption stroke.</summary>
    public const int BrightCaption = 215;

    /// <summary>Grey level up to which a pixel counts as a black, dark blue or dark red caption stroke.</summary>
    public const int DarkCaption = 70;

    /// <summary>The cleaned strip, or null when the band holds no two-tone structure (flat or pure noise).</summary>
    /// <param name="still">Which pixels held still through the previous sampled frames: the others are background in motion and are blanked.</param>
    public static GrayImage? Binarize(GrayImage frame, TextBand band, StillMask? still = null) => Strip(frame, band, still)?.Strip;

    /// <summary>Every binarisation of the band (<see cref="Strip"/>'s first one, then its alternatives); empty for a flat band.</summary>
    public static IReadOnlyList<GrayImage> Candidates(GrayImage frame, TextBand band, StillMask? still = null) =>
        Strip(frame, band, still) is { } strip ? [strip.Strip, .. strip.Alternatives()] : [];

    /// <summary>
    /// The cleaned strip as <see cref="Binarize"/> makes it, then other readings of the same band for when the first
    /// fails: the opposite polarity, only the near-white (or yellow) strokes, only the near-black ones. Over a busy picture
    /// the band's grey levels have more than two tones and no single rule picks the caption's every time (a white caption
    /// with a black border over a light grey area: the minority rule takes the border); the recogniser's confidence then
    /// decides between them. The alternatives are made only when asked for: most strips never need them.
    /// </summary>
    public static TextStrip? Strip(GrayImage frame, TextBand band, StillMask? still = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(band);
        var pad = Math.Max(2, band.Height / 4);
        var side = Math.Max(4, band.Height / 2);
        var crop = frame.Crop(band.X - side, band.Y - pad, band.Width + (2 * side), band.Height + (2 * pad));
        if (still is not null && still.Width == frame.Width && still.Height == frame.Height)
        {
            crop = StillOnly(crop, still.Crop(band.X - side, band.Y - pad, band.Width + (2 * side), band.Height + (2 * pad)));
        }

        var scale = Math.Clamp((double)TargetTextHeight / band.Height, 0.35, 3.0);
        if (Math.Abs(scale - 1) > 0.05)
        {
            crop = crop.Resize(Math.Max(1, (int)Math.Round(crop.Width * scale)), Math.Max(1, (int)Math.Round(crop.Height * scale)));
        }

        var pixels = crop.Pixels;
        var histogram = new int[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        var otsu = OtsuThreshold(histogram, pixels.Length, out var separation);
        if (separation < 20)
        {
            return null;
        }

        var otsuLight = Count(histogram, otsu + 1, 255) * 2 < pixels.Length;

        // A white or yellow caption with a dark border or shadow over a mid-tone picture has three tones; Otsu then
        // splits the shadow from the rest, takes the shadow for the text and the strokes come out hollow. When it chose
        // dark text but near-white strokes are there in a caption's share, the near-white strokes are the caption.
        var brightShare = (double)Count(histogram, BrightCaption, 255) / pixels.Length;
        var darkShare = (double)Count(histogram, 0, DarkCaption) / pixels.Length;
        var nearWhiteFirst = !otsuLight && otsu < BrightCaption - 10 && brightShare is >= 0.04 and <= 0.45;
        var splits = new List<(bool Light, int Threshold)>
        {
            nearWhiteFirst ? (true, BrightCaption - 1) : (otsuLight, otsu),
            (!otsuLight, otsu),
        };
        if (brightShare >= 0.02)
        {
            splits.Add((true, BrightCaption - 1));
        }

        if (darkShare >= 0.02)
        {
            splits.Add((false, DarkCaption));
        }

        var margin = (int)Math.Ceiling(side * scale);
        var width = crop.Width;
        var height = crop.Height;
        var gray = crop.Pixels.ToArray();
        var distinct = splits.Distinct().ToList();
        return new TextStrip(band, Split(gray, width, height, margin, distinct[0]), () =>
        {
            var alternatives = new List<GrayImage>(distinct.Count - 1);
            foreach (var split in distinct.Skip(1))
            {
                // Kept only when they look like a line of text rather than a blank or a solid block.
                var strip = Split(gray, width, height, margin, split);
                var ink = strip.Pixels.Count((byte)0);
                if ((double)ink / gray.Length is >= 0.02 and <= 0.6)
                {
                    alternatives.Add(strip);
                }
            }

            return alternatives;
        });
    }

    private static GrayImage Split(byte[] pixels, int width, int height, int margin, (bool Light, int Threshold) split)
    {
        var output = new byte[pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var isText = split.Light ? pixels[i] > split.Threshold : pixels[i] <= split.Threshold;
            output[i] = isText ? (byte)0 : (byte)255;
        }

        ClearEdgeArtifacts(output, width, height, margin);
        return new GrayImage(width, height, output);
    }

    private static long Count(int[] histogram, int from, int to)
    {
        long count = 0;
        for (var i = from; i <= to; i++)
        {
            count += histogram[i];
        }

        return count;
    }

    /// <summary>
    /// Replaces pixels that moved during the previous frames by the band's median shade, so moving background texture
    /// neither shifts the threshold nor shows up as ink.
    /// </summary>
    private static GrayImage StillOnly(GrayImage crop, bool[] still)
    {
        if (still.Length != crop.Pixels.Length)
        {
            return crop;
        }

        var pixels = crop.Pixels.ToArray();
        var sorted = (byte[])pixels.Clone();
        Array.Sort(sorted);
        var median = sorted[sorted.Length / 2];
        for (var i = 0; i < pixels.Length; i++)
        {
            if (!still[i])
            {
                pixels[i] = median;
            }
        }

        return new GrayImage(crop.Width, crop.Height, pixels);
    }

    /// <summary>
    /// Blanks ink that touches the strip's edge and is not a character: a caption box's or picture's edge caught in the
    /// side margin, or a bar as tall (or as wide) as the strip. The recogniser reads such bars as 目, 四 or 重.
    /// </summary>
    public static void ClearEdgeArtifacts(byte[] pixels, int width, int height, int sideMargin)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        var seen = new bool[pixels.Length];
        var stack = new Stack<int>();
        var component = new List<int>();
        for (var i = 0; i < pixels.Length; i++)
        {
            var x = i % width;
            var y = i / width;
            var onEdge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
            if (!onEdge || pixels[i] != 0 || seen[i])
            {
                continue;
            }

            component.Clear();
            int left = x, right = x, top = y, bottom = y;
            seen[i] = true;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                component.Add(p);
                int px = p % width, py = p / width;
                left = Math.Min(left, px);
                right = Math.Max(right, px);
                top = Math.Min(top, py);
                bottom = Math.Max(bottom, py);
                foreach (var q in (ReadOnlySpan<int>)[px > 0 ? p - 1 : -1, px < width - 1 ? p + 1 : -1, py > 0 ? p - width : -1, py < height - 1 ? p + width : -1])
                {
                    if (q >= 0 && !seen[q] && pixels[q] == 0)
                    {
                        seen[q] = true;
                        stack.Push(q);
                    }
                }
            }

            var inSideMargin = right < sideMargin || left >= width - sideMargin;
            var bar = bottom - top + 1 >= height * 0.9 || right - left + 1 >= width * 0.9;
            if (inSideMargin || bar)
            {
                foreach (var p in component)
                {
                    pixels[p] = 255;
                }
            }
        }
    }

    /// <summary>Otsu's threshold; <paramref name="separation"/> is the distance between the two class means.</summary>
    public static int OtsuThreshold(int[] histogram, int total, out double separation)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        double sum = 0;
        for (var i = 0; i < 256; i++)
        {
            sum += (double)i * histogram[i];
        }

        double sumBelow = 0, best = -1;
        long below = 0;
        var threshold = 127;
        separation = 0;
        for (var t = 0; t < 255; t++)
        {
            below += histogram[t];
            sumBelow += (double)t * histogram[t];
            var aboveCount = total - below;
            if (below == 0 || aboveCount == 0)
            {
                continue;
            }

            var meanBelow = sumBelow / below;
            var meanAbove = (sum - sumBelow) / aboveCount;
            var between = (double)below * aboveCount * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                threshold = t;
                separation = meanAbove - meanBelow;
            }
        }

        return threshold;
    }
}
