namespace AssetBank.Core.Collections;

/// <summary>Collections, their items, shares and links, for the collection use cases.</summary>
/// <remarks>
/// Each method is one write transaction; <see cref="AddItemAsync"/> takes the next place inside it, so two people adding
/// to one collection at once both keep their items. Names are unique in the bank, compared without case.
/// </remarks>
public interface ICollectionStore
{
    /// <summary>Creates an empty collection; refused when the name is taken.</summary>
    Task<CollectionState> CreateAsync(string name, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    Task<CollectionState?> GetAsync(string name, CancellationToken cancellationToken);

    Task<CollectionState?> GetByIdAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every collection with its shares, without items; <see cref="CollectionSummary.ItemCount"/> counts them.</summary>
    Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Renames; refused when the new name is taken.</summary>
    Task RenameAsync(long collectionId, string newName, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="item"/> at the end; returns it with its id and place.</summary>
    Task<CollectionItem> AddItemAsync(long collectionId, CollectionItem item, CancellationToken cancellationToken);

    /// <summary>Removes an item and closes the gap; false when there was no such item.</summary>
    Task<bool> RemoveItemAsync(long collectionId, long itemId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Moves an item to <paramref name="position"/> (clamped to the collection); false when there was no such item.</summary>
    Task<bool> MoveItemAsync(long collectionId, long itemId, int position, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sets or clears (null) an item's note; false when there was no such item.</summary>
    Task<bool> SetNoteAsync(long collectionId, long itemId, string? note, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Grants <paramref name="access"/> to a person, or withdraws theirs when null.</summary>
    Task ShareAsync(long collectionId, string userName, CollectionAccess? access, DateTimeOffset at, CancellationToken cancellationToken);

    Task AddLinkAsync(CollectionLink link, CancellationToken cancellationToken);

    Task<CollectionLink?> FindLinkAsync(string tokenHash, CancellationToken cancellationToken);
}
