using AssetBank.Core.Errors;
using Microsoft.Extensions.Logging;

namespace AssetBank.Application.Ingesting;

/// <summary>
/// The one place that tells derived stores the catalog changed, after every commit, tag edit, deletion or failure, with
/// one error rule: a subscriber that fails does not fail the write (the catalog already holds it); it stays behind by
/// its change sequence, is reported as lagging, and catches up at the next publish or start.
/// </summary>
public sealed partial class CatalogCommitFeed(IEnumerable<ICatalogSubscriber> subscribers, ILogger<CatalogCommitFeed> logger)
{
    private readonly IReadOnlyList<ICatalogSubscriber> _subscribers = subscribers.ToList();

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await subscriber.CatchUpAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is AssetBankException or IOException or InvalidOperationException or ObjectDisposedException or UnauthorizedAccessException)
            {
                LogSubscriberFailed(logger, e, subscriber.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Subscriber} could not catch up with the catalog; it stays behind by its change sequence and catches up at the next commit")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, string subscriber);
}
