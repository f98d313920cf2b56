using AssetBank.Application.Writing;

namespace AssetBank.Application.Ingesting;

/// <summary>Ingests new and changed objects (a prefix, or named keys from a notification) as the data folder's one writer.</summary>
public sealed class IngestAssets(DataFolderWriterLock writerLock, IngestionPipeline pipeline, CatalogCommitFeed feed)
{
    /// <param name="request">What to ingest.</param>
    /// <param name="progress">Ingestion progress.</param>
    /// <param name="waiting">Told who holds the data folder when this call has to wait for it.</param>
    /// <param name="cancellationToken">Stops the run; what was committed stays.</param>
    public async Task<IngestionReport> RunAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("ingest", waiting, cancellationToken);
        // Whatever a crashed run committed to the catalog but not to the index comes back first.
        await feed.PublishAsync(cancellationToken);
        return await pipeline.RunAsync(request, progress, cancellationToken);
    }
}
