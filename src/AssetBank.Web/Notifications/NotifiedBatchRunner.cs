using AssetBank.Application.Ingesting;
using AssetBank.Core.Errors;

namespace AssetBank.Web.Notifications;

/// <summary>Runs one batch of notified keys so that no key, and no exception, takes the others or the host down.</summary>
internal sealed class NotifiedBatchRunner
{
    private readonly IngestAssets _ingest;
    private readonly NotifiedKeyInbox _inbox;
    private readonly ILogger _logger;

    public NotifiedBatchRunner(IngestAssets ingest, NotifiedKeyInbox inbox, ILogger logger)
    {
        _ingest = ingest;
        _inbox = inbox;
        _logger = logger;
    }

    public async Task RunAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        if (await TryRunAsync(batch, cancellationToken) || batch.Count == 1)
        {
            return;
        }

        // The batch failed as a whole: run its keys one at a time, so one bad key costs only itself.
        foreach (var key in batch)
        {
            await TryRunAsync([key], cancellationToken);
        }
    }

    private async Task<bool> TryRunAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        try
        {
            var report = await _ingest.RunAsync(new IngestionRequest(Keys: keys), null, null, cancellationToken);
            _logger.LogInformation(
                "Notified ingestion: {Processed} processed, {Failed} failed, {Deleted} deleted of {Count} keys",
                report.Processed, report.Failed, report.Deleted, keys.Count);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (DataFolderBusyException e)
        {
            // Another process (a CLI ingest) held the data folder for the whole wait: keep the keys for the next round.
            _logger.LogWarning("Notified ingestion of {Count} keys waits for the data folder: {Reason}", keys.Count, e.Message);
            await _inbox.EnqueueAsync(keys, cancellationToken);
            return true;
        }
        catch (Exception e)
        {
            // The polling path picks these keys up again; the worker must keep running whatever went wrong.
            _logger.LogError(e, "Notified ingestion of {Count} keys failed: {Keys}", keys.Count, string.Join(", ", keys.Take(20)));
            return false;
        }
    }
}
