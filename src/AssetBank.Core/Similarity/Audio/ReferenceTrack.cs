namespace AssetBank.Core.Similarity.Audio;

/// <summary>One fingerprinted reference track (music, voice-over) of an audio library, or the soundtrack of a reference video.</summary>
/// <param name="DurationSeconds">The track's length as fpcalc measured it (the fingerprint may stop earlier, at the cap).</param>
/// <param name="Fingerprint">The raw Chromaprint values, one per ~0.124 s; empty when streamed for listing only.</param>
public sealed record ReferenceTrack(long Id, string Library, string ItemId, long Size, DateTimeOffset Modified, double DurationSeconds, IReadOnlyList<uint> Fingerprint);
