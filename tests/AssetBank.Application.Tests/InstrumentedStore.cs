using AssetBank.Core.Storage;

namespace AssetBank.Application.Tests;

/// <summary>A real store that counts the bytes read through it and can make reads of chosen keys fail.</summary>
internal sealed class InstrumentedStore(IObjectStore inner) : IObjectStore
{
    private long _bytesRead;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public Func<string, Exception?> ReadFailure { get; set; } = _ => null;

    public string Name => inner.Name;

    public ObjectStoreCapabilities Capabilities => inner.Capabilities;

    public Task EnsureReadyAsync(CancellationToken cancellationToken) => inner.EnsureReadyAsync(cancellationToken);

    public IAsyncEnumerable<StoredObject> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

    public Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken) => inner.StatAsync(key, cancellationToken);

    public async Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        if (ReadFailure(key) is { } failure)
        {
            throw failure;
        }

        var stream = await inner.OpenReadAsync(key, range, cancellationToken);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        await stream.DisposeAsync();
        Interlocked.Add(ref _bytesRead, buffer.Length);
        buffer.Position = 0;
        return buffer;
    }

    public Task<StoredObject> PutAsync(string key, Stream content, ObjectWriteOptions options, CancellationToken cancellationToken) => inner.PutAsync(key, content, options, cancellationToken);

    public Task<StoredObject> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken) => inner.CopyAsync(sourceKey, destinationKey, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken) => inner.GetPresignedReadUrlAsync(key, expiry, cancellationToken);
}
