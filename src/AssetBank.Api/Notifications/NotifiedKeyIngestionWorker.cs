using AssetBank.Core.Errors;
using AssetBank.Application.Ingesting;
using Microsoft.Extensions.Options;

namespace AssetBank.Api.Notifications;

/// <summary>Drains the queue in small batches through the same pipeline the polling path uses.</summary>
public sealed class NotifiedKeyIngestionWorker : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly NotifiedKeyInbox _queue;
    private readonly IngestAssets _ingest;
    private readonly NotificationOptions _options;
    private readonly ILogger<NotifiedKeyIngestionWorker> _logger;

    public NotifiedKeyIngestionWorker(NotifiedKeyInbox queue, IngestAssets ingest, IOptions<NotificationOptions> options, ILogger<NotifiedKeyIngestionWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue;
        _ingest = ingest;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(_options.BatchWindow, stoppingToken);
            var batch = new List<string>();
            while (batch.Count < MaxBatch && reader.TryRead(out var key))
            {
                batch.Add(key);
            }

            try
            {
                var report = await _ingest.RunAsync(new IngestionRequest(Keys: batch), null, null, stoppingToken);
                _logger.LogInformation(
                    "Notified ingestion: {Processed} processed, {Failed} failed, {Deleted} deleted of {Count} keys",
                    report.Processed, report.Failed, report.Deleted, batch.Count);
            }
            catch (DataFolderBusyException e)
            {
                // Another process (a CLI ingest) holds the data folder for long: keep the keys and try again.
                _logger.LogWarning("Notified ingestion of {Count} keys waits: {Reason}", batch.Count, e.Message);
                await _queue.EnqueueAsync(batch, stoppingToken);
            }
            catch (AssetBankException e)
            {
                // The polling path will pick these keys up again; the worker must keep running.
                _logger.LogError(e, "Notified ingestion of {Count} keys failed", batch.Count);
            }
        }
    }
}
