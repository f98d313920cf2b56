using AssetBank.Application.Ingesting;
using Microsoft.Extensions.Options;

namespace AssetBank.Web.Notifications;

/// <summary>Drains the queue in small batches through the same pipeline the polling path uses.</summary>
public sealed class NotifiedKeyIngestionWorker : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly NotifiedKeyInbox _queue;
    private readonly NotifiedBatchRunner _runner;
    private readonly NotificationOptions _options;

    public NotifiedKeyIngestionWorker(NotifiedKeyInbox queue, IngestAssets ingest, IOptions<NotificationOptions> options, ILogger<NotifiedKeyIngestionWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue;
        _runner = new NotifiedBatchRunner(ingest, queue, logger);
        _options = options.Value;
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

            await _runner.RunAsync(batch, stoppingToken);
        }
    }
}
