namespace AssetBank.Media.Ocr;

/// <summary>
/// Recognises each distinct strip once: a strip in the same place that looks like one in the previous frame (by a
/// coarse ink-share signature of the binarised strip) extends that track instead of starting a new one, so a caption
/// held for three seconds costs one recognition, not six.
/// </summary>
public sealed class StripTracker
{
    private const int SignatureColumns = 48;
    private const int SignatureRows = 4;
    private const double MaxSignatureDistance = 0.06;

    private List<StripTrack> _active = [];
    private readonly List<StripTrack> _all = [];

    /// <summary>Every track so far, in the order they began.</summary>
    public IReadOnlyList<StripTrack> Tracks => _all;

    /// <summary>Adds the strips of the frame at <paramref name="time"/>; returns how many new tracks began.</summary>
    /// <param name="since">When a new track's text was first on screen: earlier than <paramref name="time"/> when the strips were found by holding still through earlier frames.</param>
    public int Add(TimeSpan time, IReadOnlyList<TextStrip> strips, TimeSpan? since = null)
    {
        ArgumentNullException.ThrowIfNull(strips);
        var next = new List<StripTrack>(strips.Count);
        var started = 0;
        foreach (var strip in strips)
        {
            var band = strip.Band;
            var signature = Signature(strip.Strip);
            var match = _active.FirstOrDefault(t => !next.Contains(t) && Near(t.Band, band) && Distance(t.Signature, signature) <= MaxSignatureDistance);
            if (match is null)
            {
                match = new StripTrack(strip, signature, since ?? time, time);
                _all.Add(match);
                started++;

                // Text that stays put across frames (even if the picture behind it changes its look) is a caption;
                // a band that exists in one frame only is usually texture of a moving picture.
                foreach (var previous in _active.Where(t => Near(t.Band, band)))
                {
                    previous.Persistent = true;
                    match.Persistent = true;
                }
            }
            else
            {
                match.Persistent = true;
            }

            match.Last = time;
            next.Add(match);
        }

        _active = next;
        return started;
    }

    public static double[] Signature(GrayImage strip)
    {
        ArgumentNullException.ThrowIfNull(strip);
        var cells = new double[SignatureColumns * SignatureRows];
        var counts = new int[cells.Length];
        for (var y = 0; y < strip.Height; y++)
        {
            var cy = Math.Min(SignatureRows - 1, y * SignatureRows / strip.Height);
            var row = strip.Row(y);
            for (var x = 0; x < strip.Width; x++)
            {
                var cell = (cy * SignatureColumns) + Math.Min(SignatureColumns - 1, x * SignatureColumns / strip.Width);
                counts[cell]++;
                if (row[x] < 128)
                {
                    cells[cell]++;
                }
            }
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = counts[i] == 0 ? 0 : cells[i] / counts[i];
        }

        return cells;
    }

    private static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum / a.Length;
    }

    private static bool Near(TextBand a, TextBand b)
    {
        // Over a busy picture a band's ends wander from frame to frame (a texture edge joins the line, then leaves):
        // the same row, overlapping over most of the narrower band, is the same place.
        var tolerance = Math.Max(4, Math.Min(a.Height, b.Height) / 2);
        var overlap = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
        return Math.Abs(a.Y - b.Y) <= tolerance
            && Math.Abs(a.Height - b.Height) <= tolerance
            && overlap * 2 >= Math.Min(a.Width, b.Width);
    }
}
