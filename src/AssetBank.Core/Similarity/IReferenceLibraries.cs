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

    /// <summary>Changes whenever any library (pictures or copy) changes, so a cached index knows to rebuild.</summary>
    Task<string> VersionAsync(CancellationToken cancellationToken);

    /// <summary>Item id → (size, modified) of the texts already stored for a copy library.</summary>
    Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownCopyAsync(string library, CancellationToken cancellationToken);

    /// <summary>Adds or replaces reference texts of a library, in one transaction.</summary>
    Task PutCopyAsync(string library, IReadOnlyList<ReferenceCopy> copies, CancellationToken cancellationToken);

    /// <summary>Removes texts a re-import no longer found.</summary>
    Task RemoveCopyAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken);

    /// <summary>Every stored reference text's signature (texts left empty), for building the copy candidate index.</summary>
    IAsyncEnumerable<ReferenceCopy> StreamCopyAsync(CancellationToken cancellationToken);

    /// <summary>One reference text with its text, for verification and review.</summary>
    Task<ReferenceCopy?> GetCopyAsync(long id, CancellationToken cancellationToken);
}
