namespace AssetBank.Core.Media;

/// <summary>What audio analysis derived from a sound file or from a video's main audio track.</summary>
/// <param name="StreamIndex">The analysed stream's index in the container.</param>
/// <param name="Loudness">EBU R128 loudness; null when it could not be measured.</param>
/// <param name="Fingerprint">Chromaprint fingerprint for music reuse detection; null when fpcalc produced none.</param>
public sealed record AudioInfo(
    int StreamIndex,
    TimeSpan? Duration,
    string Codec,
    int? SampleRate,
    int? Channels,
    LoudnessSummary? Loudness,
    AudioFingerprint? Fingerprint);
