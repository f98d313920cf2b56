namespace AssetBank.Core.Catalog;

/// <summary>
/// The catalog's change sequence: every write that changes what an asset looks like to search (a commit, a failure, a
/// deletion, a tag edit) gives the asset the next number. Derived stores remember the last number they contain and
/// catch up from there, so a crash can never leave them silently behind.
/// </summary>
public interface ICatalogChangeFeed
{
    /// <summary>The highest sequence number handed out so far (0 for an empty catalog).</summary>
    Task<long> GetCurrentSequenceAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxAssets"/> assets changed after <paramref name="afterSequence"/>, oldest change first.</summary>
    Task<CatalogChangeBatch> GetChangesAsync(long afterSequence, int maxAssets, CancellationToken cancellationToken);
}
