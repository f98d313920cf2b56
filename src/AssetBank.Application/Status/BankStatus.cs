using AssetBank.Application.Searching;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Search;

namespace AssetBank.Application.Status;

/// <summary>The catalog summary, the failures, the assets processed with warnings, and how far the search index is behind.</summary>
public sealed class BankStatus(ICatalogMaintenance maintenance, IAssetReader reader, ISearchIndex index, SearchIndexSync sync, IAssetWarnings warnings)
{
    public async Task<BankStatusReport> GetAsync(CancellationToken cancellationToken)
    {
        await maintenance.InitializeAsync(cancellationToken);
        var failures = new List<Asset>();
        await foreach (var asset in reader.ListAsync(new AssetFilter(Status: AssetStatus.Failed), cancellationToken))
        {
            failures.Add(asset);
        }

        await index.RefreshAsync(cancellationToken);
        return new BankStatusReport(await reader.GetSummaryAsync(cancellationToken), failures, await sync.LagAsync(cancellationToken), index.State)
        {
            Warnings = await warnings.ListAsync(cancellationToken),
        };
    }

    /// <summary>A full check of the catalog file and every asset's stored data, plus the index's state.</summary>
    public async Task<(CatalogCheckReport Catalog, long IndexLag, SearchIndexState IndexState)> CheckAsync(CancellationToken cancellationToken)
    {
        var report = await maintenance.CheckAsync(cancellationToken);
        long lag = -1;
        if (report.DatabaseProblems.Count == 0)
        {
            await index.RefreshAsync(cancellationToken);
            lag = await sync.LagAsync(cancellationToken);
        }

        return (report, lag, index.State);
    }
}
