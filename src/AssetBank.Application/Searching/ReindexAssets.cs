using AssetBank.Application.Writing;

namespace AssetBank.Application.Searching;

/// <summary>Rebuilds the search index from the catalog.</summary>
public sealed class ReindexAssets(DataFolderWriterLock writerLock, SearchIndexSync sync)
{
    public async Task<RebuildReport> RunAsync(IProgress<int>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("reindex", waiting, cancellationToken);
        return await sync.RebuildAsync(progress, cancellationToken);
    }
}
