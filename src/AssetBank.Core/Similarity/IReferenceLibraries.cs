namespace AssetBank.Core.Similarity;

/// <summary>Reference libraries and their stored fingerprints, as import, the alarm check and review need them.</summary>
public interface IReferenceLibraries
{
    Task SaveLibraryAsync(ReferenceLibrary library, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReferenceLibrary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Item id → (size, modified) already stored for a library, so a re-import only fingerprints what changed.</summary>
    Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownItemsAsync(string library, CancellationToken cancellationToken);

    /// <summary>Adds or replaces pictures of a library, in one transaction.</summary>
    Task PutAsync(string library, IReadOnlyList<ReferencePicture> pictures, CancellationToken cancellationToken);

    /// <summary>Removes items a re-import no longer found.</summary>
    Task RemoveItemsAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken);

    /// <summary>Removes a library with all its fingerprints; false when there was none.</summary>
    Task<bool> RemoveLibraryAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every stored picture (without previews), for building the candidate index.</summary>
    IAsyncEnumerable<ReferencePicture> StreamAsync(CancellationToken cancellationToken);

    Task<ReferencePicture?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Changes whenever any library changes, so a cached index knows to rebuild.</summary>
    Task<string> VersionAsync(CancellationToken cancellationToken);
}
