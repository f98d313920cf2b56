using AssetBank.Core.Storage;

namespace AssetBank.Web.Tests;

/// <summary>A real store that throws a plain (non-domain) exception for one key, as an unforeseen bug would.</summary>
internal sealed class ThrowingObjectStore(IObjectStore inner, string poisonedKey) : IObjectStore
{
    public string Name => inner.Name;

    public ObjectStoreCapabilities Capabilities => inner.Capabilities;

    public Task EnsureReadyAsync(CancellationToken cancellationToken) => inner.EnsureReadyAsync(cancellationToken);

    public IAsyncEnumerable<StoredObject> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

    public Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken) =>
        key == poisonedKey ? throw new IOException($"simulated failure reading '{key}'") : inner.StatAsync(key, cancellationToken);

    public Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken) => inner.OpenReadAsync(key, range, cancellationToken);

    public Task<StoredObject> PutAsync(string key, Stream content, ObjectWriteOptions options, CancellationToken cancellationToken) =>
        inner.PutAsync(key, content, options, cancellationToken);

    public Task<StoredObject> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken) =>
        inner.CopyAsync(sourceKey, destinationKey, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken) =>
        inner.GetPresignedReadUrlAsync(key, expiry, cancellationToken);
}
