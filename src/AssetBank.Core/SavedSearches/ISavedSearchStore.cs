namespace AssetBank.Core.SavedSearches;

/// <summary>Saved searches, for the saved-search use cases. Names are unique in the bank, compared without case.</summary>
public interface ISavedSearchStore
{
    /// <summary>Stores <paramref name="search"/>, replacing one of the same name; <paramref name="check"/> sees the one replaced (or null) first and throws to refuse.</summary>
    Task SaveAsync(SavedSearch search, Action<SavedSearch?> check, CancellationToken cancellationToken);

    Task<SavedSearch?> GetAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<SavedSearch>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Records when the search last ran.</summary>
    Task MarkRunAsync(string name, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Removes the saved search; removing one that is not there is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);
}
