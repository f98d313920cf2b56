namespace AssetBank.Core.Similarity.Audio;

/// <summary>The reference tracks of audio libraries (their Chromaprint fingerprints), beside the libraries' pictures and texts.</summary>
public interface IReferenceTracks
{
    /// <summary>Item id → (size, modified) already stored for a library, so a re-import only fingerprints what changed.</summary>
    Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownTracksAsync(string library, CancellationToken cancellationToken);

    /// <summary>Adds or replaces tracks of a library (which must have been saved), in one transaction.</summary>
    Task PutTracksAsync(string library, IReadOnlyList<ReferenceTrack> tracks, CancellationToken cancellationToken);

    /// <summary>Removes tracks a re-import no longer found.</summary>
    Task RemoveTracksAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken);

    /// <summary>Every stored track with its fingerprint, for building the offset index.</summary>
    IAsyncEnumerable<ReferenceTrack> StreamTracksAsync(CancellationToken cancellationToken);

    /// <summary>Changes whenever a track is added, replaced or removed (also with its library).</summary>
    Task<string> TracksVersionAsync(CancellationToken cancellationToken);
}
