using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.FileSystem;

/// <summary>The embedded default store: objects are plain files under a root folder.</summary>
/// <remarks>
/// ETag = SHA-256 of the content. Metadata and the cached ETag live in a sidecar under <c>.assetbank/meta</c>;
/// files dropped into the folder by hand have no sidecar (or a stale one) and get it on first sight. Writes go to
/// <c>.assetbank/tmp</c> first and are renamed into place, so readers never see half an object.
/// </remarks>
public sealed class FileSystemObjectStore : IObjectStore
{
    /// <summary>The folder under the root that holds the store's own bookkeeping; refused as a key.</summary>
    public const string ReservedFolder = ".assetbank";

    private static readonly JsonSerializerOptions SidecarJson = new() { WriteIndented = false };
    private readonly string _root;
    private readonly string _metaRoot;
    private readonly string _tmpRoot;

    public FileSystemObjectStore(IOptions<FileSystemStoreOptions> options)
        : this(options?.Value.Root ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public FileSystemObjectStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _metaRoot = Path.Combine(_root, ReservedFolder, "meta");
        _tmpRoot = Path.Combine(_root, ReservedFolder, "tmp");
    }

    public string Name => $"folder {_root}";

    public ObjectStoreCapabilities Capabilities { get; } = new(PresignedUrlsAreHttp: false, ServerSideCopy: true);

    public Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(_root);
            Directory.CreateDirectory(_metaRoot);
            Directory.CreateDirectory(_tmpRoot);
            var probe = Path.Combine(_tmpRoot, $"probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException(Name, $"the folder is not writable: {e.Message}", e);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var normalizedPrefix = ObjectKeys.NormalizePrefix(prefix);
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        // Start from the deepest folder the prefix names, then filter by the plain string prefix as S3 does.
        var slash = normalizedPrefix.LastIndexOf('/');
        var startDir = slash < 0 ? _root : Path.Combine(_root, normalizedPrefix[..slash]);
        if (!Directory.Exists(startDir))
        {
            yield break;
        }

        var keys = new List<string>();
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        foreach (var path in Directory.EnumerateFiles(startDir, "*", enumeration))
        {
            var key = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (key.StartsWith(ReservedFolder + "/", StringComparison.Ordinal) || !ObjectKeys.IsUnder(key, normalizedPrefix))
            {
                continue;
            }

            keys.Add(key);
        }

        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var described = await DescribeAsync(key, includeMetadata: false, cancellationToken);
            if (described is not null)
            {
                yield return described;
            }
        }
    }

    public async Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        return await DescribeAsync(normalized, includeMetadata: true, cancellationToken);
    }

    public Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        var path = DataPath(normalized);
        FileStream stream;
        try
        {
            stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ObjectNotFoundException(normalized, e);
        }

        if (range is null)
        {
            return Task.FromResult<Stream>(stream);
        }

        var offset = Math.Min(range.Offset, stream.Length);
        stream.Seek(offset, SeekOrigin.Begin);
        var length = Math.Min(range.Length ?? long.MaxValue, stream.Length - offset);
        return Task.FromResult<Stream>(new BoundedReadStream(stream, length));
    }

    public async Task<StoredObject> PutAsync(string key, Stream content, ObjectWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var normalized = NormalizeKey(key);
        Directory.CreateDirectory(_tmpRoot);
        var tmp = Path.Combine(_tmpRoot, $"{Guid.NewGuid():N}.part");
        try
        {
            string etag;
            long size;
            await using (var file = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[1 << 16];
                int read;
                size = 0;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
                etag = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var path = DataPath(normalized);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(tmp, path, overwrite: true);
            var sidecar = new ObjectSidecar(
                etag,
                size,
                File.GetLastWriteTimeUtc(path).Ticks,
                options.ContentType ?? ContentTypes.FromKey(normalized),
                new Dictionary<string, string>(options.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase));
            await WriteSidecarAsync(normalized, sidecar, cancellationToken);
            return ToStoredObject(normalized, sidecar, includeMetadata: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException(Name, $"could not write '{normalized}': {e.Message}", e);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    public async Task<StoredObject> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken)
    {
        var source = NormalizeKey(sourceKey);
        var destination = NormalizeKey(destinationKey);
        var described = await DescribeAsync(source, includeMetadata: true, cancellationToken)
            ?? throw new ObjectNotFoundException(source);
        await using var input = await OpenReadAsync(source, null, cancellationToken);
        return await PutAsync(destination, input, new ObjectWriteOptions(described.ContentType, described.Metadata), cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        try
        {
            File.Delete(DataPath(normalized));
            File.Delete(SidecarPath(normalized));
            PruneEmptyFolders(Path.GetDirectoryName(DataPath(normalized))!, _root);
            PruneEmptyFolders(Path.GetDirectoryName(SidecarPath(normalized))!, _metaRoot);
        }
        catch (DirectoryNotFoundException)
        {
            // Deleting what is not there is not an error.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException(Name, $"could not delete '{normalized}': {e.Message}", e);
        }

        return Task.CompletedTask;
    }

    public Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        var path = DataPath(normalized);
        if (!File.Exists(path))
        {
            throw new ObjectNotFoundException(normalized);
        }

        return Task.FromResult(new Uri(path));
    }

    private static string NormalizeKey(string key)
    {
        var normalized = ObjectKeys.Normalize(key);
        if (normalized == ReservedFolder || normalized.StartsWith(ReservedFolder + "/", StringComparison.Ordinal))
        {
            throw new InvalidObjectKeyException(key, $"'{ReservedFolder}/' is reserved for the store's own data");
        }

        return normalized;
    }

    private string DataPath(string key) => Contained(Path.Combine(_root, key), key);

    private string SidecarPath(string key) => Contained(Path.Combine(_metaRoot, key + ".json"), key);

    private string Contained(string path, string key)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidObjectKeyException(key, "the key resolves outside the store root");
        }

        return full;
    }

    private async Task<StoredObject?> DescribeAsync(string key, bool includeMetadata, CancellationToken cancellationToken)
    {
        var info = new FileInfo(DataPath(key));
        if (!info.Exists)
        {
            return null;
        }

        var sidecar = await ReadSidecarAsync(key, cancellationToken);
        if (sidecar is null || sidecar.Size != info.Length || sidecar.LastWriteTicksUtc != info.LastWriteTimeUtc.Ticks)
        {
            // A file placed by hand, or replaced behind our back: hash it once and remember.
            string etag;
            try
            {
                await using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                etag = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            }
            catch (FileNotFoundException)
            {
                return null;
            }

            sidecar = new ObjectSidecar(
                etag,
                info.Length,
                info.LastWriteTimeUtc.Ticks,
                sidecar?.ContentType ?? ContentTypes.FromKey(key),
                sidecar?.Metadata ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
            await WriteSidecarAsync(key, sidecar, cancellationToken);
        }

        return ToStoredObject(key, sidecar, includeMetadata);
    }

    private static StoredObject ToStoredObject(string key, ObjectSidecar sidecar, bool includeMetadata) =>
        new(
            key,
            sidecar.ETag,
            sidecar.Size,
            new DateTimeOffset(sidecar.LastWriteTicksUtc, TimeSpan.Zero),
            sidecar.ContentType,
            includeMetadata
                ? new Dictionary<string, string>(sidecar.Metadata, StringComparer.OrdinalIgnoreCase)
                : StoredObject.NoMetadata);

    private async Task<ObjectSidecar?> ReadSidecarAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(SidecarPath(key));
            return await JsonSerializer.DeserializeAsync<ObjectSidecar>(stream, SidecarJson, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private async Task WriteSidecarAsync(string key, ObjectSidecar sidecar, CancellationToken cancellationToken)
    {
        var path = SidecarPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(_tmpRoot);
        var tmp = Path.Combine(_tmpRoot, $"{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(tmp, JsonSerializer.SerializeToUtf8Bytes(sidecar, SidecarJson), cancellationToken);
        File.Move(tmp, path, overwrite: true);
    }

    private static void PruneEmptyFolders(string folder, string stopAt)
    {
        var current = folder;
        while (current.Length > stopAt.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }
}
