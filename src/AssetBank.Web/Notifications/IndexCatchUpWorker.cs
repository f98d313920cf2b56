using AssetBank.Application.Searching;
using AssetBank.Core.Errors;

namespace AssetBank.Web.Notifications;

/// <summary>
/// Keeps this host's search index current with changes other processes (a CLI ingest) committed to the catalog: every
/// few seconds, when nobody else is writing, it applies what the index lacks.
/// </summary>
public sealed partial class IndexCatchUpWorker(KeepIndexCurrent keepCurrent, ILogger<IndexCatchUpWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await keepCurrent.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is AssetBankException or IOException)
            {
                LogCatchUpFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not catch up with the catalog; retrying")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
