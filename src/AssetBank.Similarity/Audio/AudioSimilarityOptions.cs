using System.ComponentModel.DataAnnotations;

namespace AssetBank.Similarity.Audio;

/// <summary>Audio matching settings (configuration section <c>Similarity:Audio</c>); the defaults are the measured ones (BENCHMARKS.md).</summary>
public sealed class AudioSimilarityOptions
{
    public const string SectionName = "Similarity:Audio";

    /// <summary>Top bits of each fingerprint value used as the inverted index key: fewer survive more bit errors, more keep postings short.</summary>
    [Range(8, 24)]
    public int KeyBits { get; set; } = 16;

    /// <summary>(Track, offset) pairs with the most votes that are verified bit by bit.</summary>
    [Range(1, 256)]
    public int CandidatesPerQuery { get; set; } = 16;

    /// <summary>A pair needs at least this many identical keys at the same offset to be verified.</summary>
    [Range(1, 64)]
    public int MinVotes { get; set; } = 2;

    /// <summary>
    /// Per-value bit error rate below which an aligned value counts for the matched stretch: the stretch is the one
    /// that maximises the sum of (this − error), so it ends where the two sounds stop agreeing.
    /// </summary>
    [Range(0.05, 0.5)]
    public double StretchBitErrorRate { get; set; } = 0.35;

    /// <summary>
    /// A matched stretch shorter than this is chance, not reuse. fpcalc gives no values for the last ~2.7 s of a file,
    /// so a 6 s clip has ~3.3 s of fingerprint: this is the shortest reuse that can be found.
    /// </summary>
    [Range(1.0, 60.0)]
    public double MinMatchSeconds { get; set; } = 3.0;

    /// <summary>
    /// A stretch shorter than this is read at a higher bit error rate (up to <see cref="ShortStretchPenalty"/> more at
    /// <see cref="MinMatchSeconds"/>, linearly): two unrelated tracks agree over three seconds far more often than over ten.
    /// </summary>
    [Range(1.0, 60.0)]
    public double FullStretchSeconds { get; set; } = 6.0;

    [Range(0.0, 0.5)]
    public double ShortStretchPenalty { get; set; } = 0.05;

    /// <summary>Bit error rate over the matched stretch that reads as 85 % (the alarm threshold), from the calibration run.</summary>
    [Range(0.01, 0.49)]
    public double BitErrorAt85 { get; set; } = 0.20;

    /// <summary>Bit error rate that reads as 50 %; unrelated audio sits near 0.5.</summary>
    [Range(0.02, 0.5)]
    public double BitErrorAt50 { get; set; } = 0.30;
}
