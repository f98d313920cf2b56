namespace AssetBank.Media.Ocr;

/// <summary>One text strip followed across consecutive frames while it stays the same.</summary>
public sealed class StripTrack
{
    public StripTrack(TextBand band, GrayImage strip, double[] signature, TimeSpan seen)
    {
        Band = band;
        Strip = strip;
        Signature = signature;
        First = seen;
        Last = seen;
    }

    public TextBand Band { get; }

    public GrayImage Strip { get; }

    public double[] Signature { get; }

    public TimeSpan First { get; }

    public TimeSpan Last { get; set; }

    /// <summary>Seen in the same place in two sampled frames in a row.</summary>
    public bool Persistent { get; set; }
}
