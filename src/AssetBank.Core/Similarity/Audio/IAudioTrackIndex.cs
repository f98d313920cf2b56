namespace AssetBank.Core.Similarity.Audio;

/// <summary>Reference fingerprints indexed for offset search; built once, then queried from any thread.</summary>
public interface IAudioTrackIndex
{
    int Count { get; }

    /// <summary>Adds a track; not safe while queries run.</summary>
    void Add(long id, IReadOnlyList<uint> fingerprint);

    /// <summary>Reference tracks sharing a stretch of <paramref name="query"/> at some offset, best first (at most one per track).</summary>
    IReadOnlyList<AudioMatch> Match(IReadOnlyList<uint> query);
}
