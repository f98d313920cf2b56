namespace AssetBank.Core.Storage;

/// <summary>The seam to where finished work lives: a local folder (embedded default) or an S3 bucket (MinIO).</summary>
/// <remarks>
/// Keys are relative, '/'-separated and normalised by <see cref="ObjectKeys.Normalize"/> before any backend sees
/// them: no leading '/', no '.' or '..' segments, no empty segments, no NUL or control characters. Every backend
/// behaves the same way, which the contract test suite checks. A listing may still yield keys that other tools wrote
/// in a form AssetBank refuses (hostile or not normalised); operations on them throw, and ingestion records each as a
/// failure naming the key. Missing objects raise
/// <see cref="Errors.ObjectNotFoundException"/>, deleting a missing object is not an error, a put replaces the
/// object atomically (readers see the old or the new content, never a mix), ETags are returned without quotes.
/// </remarks>
public interface IObjectStore
{
    /// <summary>A human-readable name for messages, e.g. <c>folder /data/store</c> or <c>s3 http://host:9000/bucket</c>.</summary>
    string Name { get; }

    ObjectStoreCapabilities Capabilities { get; }

    /// <summary>Checks the store is reachable and usable; throws <see cref="Errors.ObjectStoreException"/> naming what failed.</summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);

    /// <summary>Lists every object under <paramref name="prefix"/> recursively, in key order.</summary>
    IAsyncEnumerable<StoredObject> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Returns the object's description with its user metadata, or null when it does not exist.</summary>
    Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken);

    /// <summary>Writes a stream of unknown length; returns the stored object as a following stat would.</summary>
    Task<StoredObject> PutAsync(string key, Stream content, ObjectWriteOptions options, CancellationToken cancellationToken);

    Task<StoredObject> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken);

    /// <summary>Deletes the object; deleting what is not there is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>A URL that reads the object without further credentials until <paramref name="expiry"/> passes.</summary>
    Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken);
}
