using AssetBank.Application.Writing;

namespace AssetBank.Application.Similarity;

/// <summary><c>assetbank alarms check</c>: brings the copyright check up to date now (after a reference import) instead of at the next ingest.</summary>
public sealed class RecheckCopyright(DataFolderWriterLock writerLock, CopyrightCheck check)
{
    public async Task RunAsync(IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("copyright check", waiting, cancellationToken);
        await check.CatchUpAsync(cancellationToken);
    }
}
