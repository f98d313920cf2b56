using AssetBank.Application.Ingesting;
using AssetBank.Core.Catalog;
using AssetBank.Core.Search;
using Microsoft.Extensions.Logging;

namespace AssetBank.Application.Searching;

/// <summary>
/// Keeps the search index equal to the catalog: applies the catalog's changes after the index's sequence number, and
/// rebuilds it when it says it must. Passes are serialised; one that finds the index current costs a single indexed query.
/// </summary>
public sealed partial class SearchIndexSync(ISearchIndex index, ICatalogChangeFeed changes, IAssetReader reader, ILogger<SearchIndexSync> logger) : ICatalogSubscriber, IDisposable
{
    private const int BatchSize = 256;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Name => "search index";

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A pass that finds nothing after the index's sequence costs one indexed query.
            await CatchUpCoreAsync(null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Replaces the index with the catalog's processed assets, then applies what changed meanwhile.</summary>
    public async Task<RebuildReport> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RebuildCoreAsync(progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>How many catalog changes the searchable index does not contain yet.</summary>
    public async Task<long> LagAsync(CancellationToken cancellationToken)
    {
        var current = await changes.GetCurrentSequenceAsync(cancellationToken);
        return Math.Max(0, current - index.IndexedThrough);
    }

    public void Dispose() => _gate.Dispose();

    private async Task CatchUpCoreAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (index.State.NeedsRebuild)
        {
            LogRebuilding(logger, index.State.Reason ?? "unknown");
            await RebuildCoreAsync(progress, cancellationToken);
            return;
        }

        while (true)
        {
            var batch = await changes.GetChangesAsync(index.IndexedThrough, BatchSize, cancellationToken);
            if (batch.AssetIds.Count == 0)
            {
                return;
            }

            var upserts = await reader.GetIndexableAsync(batch.AssetIds, cancellationToken);
            var live = upserts.Select(u => u.Asset.Id).ToHashSet();
            var removed = batch.AssetIds.Where(id => !live.Contains(id)).ToList();
            await index.ApplyChangesAsync(removed, upserts, batch.ThroughSequence, cancellationToken);
            if (!batch.More)
            {
                return;
            }
        }
    }

    private async Task<RebuildReport> RebuildCoreAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var damaged = new List<KeyValuePair<string, string>>();
        var through = await changes.GetCurrentSequenceAsync(cancellationToken);
        var documents = await index.RebuildAsync(
            reader.StreamIndexableAsync((key, problem) => damaged.Add(new(key, problem)), cancellationToken),
            through,
            progress,
            cancellationToken);
        foreach (var (key, problem) in damaged)
        {
            LogDamaged(logger, key, problem);
        }

        // Changes committed while the rebuild read the catalog are applied on top.
        await CatchUpCoreAsync(null, cancellationToken);
        return new RebuildReport(documents, damaged);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the search index from the catalog: {Reason}")]
    private static partial void LogRebuilding(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Asset {Key} was left out of the index: {Problem}")]
    private static partial void LogDamaged(ILogger logger, string key, string problem);
}
