namespace AssetBank.Core.Similarity.Audio;

/// <summary>The Chromaprint fingerprint of a file's default audio stream, computed exactly as ingestion computes it.</summary>
public interface IAudioFingerprinter
{
    /// <summary>The raw fingerprint of the first <paramref name="maxSeconds"/>; null when the file has no audio to fingerprint.</summary>
    Task<Media.AudioFingerprint?> FingerprintAsync(string path, int maxSeconds, CancellationToken cancellationToken);
}
