namespace AssetBank.Core.Similarity.Audio;

/// <summary>A stretch of a query's audio found in a reference track at a fixed time offset.</summary>
/// <param name="ReferenceId">The reference track's id in its index.</param>
/// <param name="Percent">Calibrated similarity, 0–100: from the bit error rate over the aligned stretch.</param>
/// <param name="BitErrorRate">Fraction of fingerprint bits that differ over the stretch (0 identical, ~0.5 unrelated).</param>
public sealed record AudioMatch(
    long ReferenceId,
    double Percent,
    double BitErrorRate,
    double QueryStartSeconds,
    double QueryEndSeconds,
    double ReferenceStartSeconds,
    double ReferenceEndSeconds);
