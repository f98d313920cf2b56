namespace AssetBank.Media.Ocr;

/// <summary>One text strip followed across consecutive frames while it stays the same.</summary>
public sealed class StripTrack
{
    public StripTrack(TextStrip strip, double[] signature, TimeSpan first, TimeSpan seen)
    {
        ArgumentNullException.ThrowIfNull(strip);
        Band = strip.Band;
        Strip = strip.Strip;
        Alternatives = strip.Alternatives;
        Signature = signature;
        First = first;
        Last = seen;
    }

    public TextBand Band { get; }

    public GrayImage Strip { get; }

    public Func<IReadOnlyList<GrayImage>> Alternatives { get; }

    public double[] Signature { get; }

    public TimeSpan First { get; }

    public TimeSpan Last { get; set; }

    /// <summary>Seen in the same place in two sampled frames in a row.</summary>
    public bool Persistent { get; set; }
}
