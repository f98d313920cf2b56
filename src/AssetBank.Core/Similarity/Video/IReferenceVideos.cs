namespace AssetBank.Core.Similarity.Video;

/// <summary>
/// The keyframes of reference videos, beside the pictures and texts of <see cref="IReferenceLibraries"/> (which owns the
/// libraries themselves: removing a library removes its videos too).
/// </summary>
public interface IReferenceVideos
{
    /// <summary>Video id → (size, modified) already stored for a library, so a re-import only analyses what changed.</summary>
    Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownVideosAsync(string library, CancellationToken cancellationToken);

    /// <summary>Stores a video's keyframes, replacing any it had, in one transaction.</summary>
    Task PutVideoAsync(ReferenceVideo video, CancellationToken cancellationToken);

    /// <summary>Removes videos a re-import no longer found.</summary>
    Task RemoveVideosAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken);

    /// <summary>Every stored keyframe, for building the candidate index.</summary>
    IAsyncEnumerable<ReferenceVideoFrame> StreamFramesAsync(CancellationToken cancellationToken);

    /// <summary>Changes whenever any reference video changes.</summary>
    Task<string> VersionAsync(CancellationToken cancellationToken);
}
