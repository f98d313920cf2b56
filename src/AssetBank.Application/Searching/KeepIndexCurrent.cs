using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;

namespace AssetBank.Application.Searching;

/// <summary>For long-running hosts: catches the index up with the catalog when no other process is writing.</summary>
public sealed class KeepIndexCurrent(DataFolderWriterLock writerLock, CatalogCommitFeed feed, SearchIndexSync sync)
{
    /// <summary>Returns the lag left afterwards (0 when current; the other writer's lag when it is busy).</summary>
    public async Task<long> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await sync.LagAsync(cancellationToken) == 0)
        {
            return 0;
        }

        await using (var session = await writerLock.TryAcquireAsync("index catch-up", cancellationToken))
        {
            if (session is not null)
            {
                await feed.PublishAsync(cancellationToken);
            }
        }

        return await sync.LagAsync(cancellationToken);
    }
}
