namespace AssetBank.Core.Media;

/// <summary>A Chromaprint fingerprint (<c>fpcalc -raw</c>): one 32-bit sub-fingerprint per ~0.124 s of audio.</summary>
/// <param name="Duration">The audio duration fpcalc reports (the fingerprint covers at most its configured length).</param>
/// <param name="Values">The raw sub-fingerprints; compare by bit errors at the best alignment.</param>
public sealed record AudioFingerprint(TimeSpan Duration, IReadOnlyList<uint> Values)
{
    public const string Algorithm = "chromaprint";
}
