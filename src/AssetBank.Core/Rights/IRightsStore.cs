namespace AssetBank.Core.Rights;

/// <summary>Rights per asset and their edit history, for the rights use cases and the search index.</summary>
public interface IRightsStore
{
    Task<AssetRights?> GetAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>Replaces the grants of each asset, records a history entry per asset and marks each as changed for search, in one transaction.</summary>
    Task SaveAsync(IReadOnlyList<AssetRights> rights, string who, DateTimeOffset at, string source, CancellationToken cancellationToken);

    Task<IReadOnlyList<RightsHistoryEntry>> GetHistoryAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>Every asset with rights recorded, ordered by key.</summary>
    IAsyncEnumerable<AssetRights> ListAsync(CancellationToken cancellationToken);
}
