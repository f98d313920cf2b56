namespace AssetBank.Application.Writing;

/// <summary>Holds the data folder's writer lock until disposed.</summary>
public sealed class WriterSession : IAsyncDisposable
{
    private readonly DataFolderWriterLock _owner;
    private FileStream? _stream;

    internal WriterSession(DataFolderWriterLock owner, FileStream stream)
    {
        _owner = owner;
        _stream = stream;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stream, null) is { } stream)
        {
            await _owner.ReleaseAsync(stream);
        }
    }
}
