namespace AssetBank.Core.Storage;

/// <summary>One object as the store reports it.</summary>
/// <param name="Key">Normalised key, relative to the store root (see <see cref="ObjectKeys"/>).</param>
/// <param name="ETag">Opaque version tag without quotes; not necessarily an MD5 (multipart: <c>md5-N</c>).</param>
/// <param name="Metadata">User metadata; listings may leave it empty, <see cref="IObjectStore.StatAsync"/> fills it.</param>
public sealed record StoredObject(
    string Key,
    string ETag,
    long Size,
    DateTimeOffset LastModified,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata)
{
    public static IReadOnlyDictionary<string, string> NoMetadata { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
