namespace AssetBank.Application.Ingesting;

/// <summary>Something derived from the catalog (the search index) that catches up with the catalog's change sequence.</summary>
public interface ICatalogSubscriber
{
    string Name { get; }

    /// <summary>Applies every catalog change after the last one it contains. Called only while holding the writer lock.</summary>
    Task CatchUpAsync(CancellationToken cancellationToken);
}
