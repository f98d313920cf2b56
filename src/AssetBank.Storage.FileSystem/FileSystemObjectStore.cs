using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.FileSystem;

/// <summary>The embedded default store: objects are plain files under a root folder.</summary>
/// <remarks>
/// ETag = SHA-256 of the content. Metadata and the cached ETag live in a sidecar under <c>.assetbank/meta</c>;
/// files dropped into the folder by hand have no sidecar (or a stale one) and get it on first sight. Writes go to
/// <c>.assetbank/tmp</c> first and are renamed into place, so readers never see half an object; content and sidecar
/// are published under one per-key lock (<see cref="KeyLocks"/>), so the last writer wins whole. A sidecar whose name
/// would pass the 255-byte file-name limit is kept under <c>.assetbank/long-meta</c>, named by the key's SHA-256.
/// No symbolic link is followed (see <see cref="StoreLinks"/>): a listing reports each link and each file name that
/// is not UTF-8 as a key the store then refuses with the reason, and every read, write and delete checks each folder
/// on the key's path for links first.
/// </remarks>
public sealed class FileSystemObjectStore : IObjectStore
{
    /// <summary>The folder under the root that holds the store's own bookkeeping; refused as a key.</summary>
    public const string ReservedFolder = ".assetbank";

    /// <summary>The longest file or folder name Linux file systems take, in bytes.</summary>
    private const int MaxNameBytes = 255;

    private static readonly JsonSerializerOptions SidecarJson = new() { WriteIndented = false };
    private readonly string _root;
    private readonly string _metaRoot;
    private readonly string _longMetaRoot;
    private readonly string _tmpRoot;
    private readonly KeyLocks _locks;
    private readonly long _maxHashedBytes;
    private string? _realRoot;

    public FileSystemObjectStore(IOptions<FileSystemStoreOptions> options)
        : this(options?.Value.Root ?? throw new ArgumentNullException(nameof(options)), options.Value.MaxHashedBytes)
    {
    }

    public FileSystemObjectStore(string root, long maxHashedBytes = 4L * 1024 * 1024 * 1024)
    {
        _maxHashedBytes = maxHashedBytes;
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _metaRoot = Path.Combine(_root, ReservedFolder, "meta");
        _longMetaRoot = Path.Combine(_root, ReservedFolder, "long-meta");
        _tmpRoot = Path.Combine(_root, ReservedFolder, "tmp");
        _locks = new KeyLocks(Path.Combine(_root, ReservedFolder, "locks"), Name);
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

        foreach (var entry in FolderWalker.Walk(_root, normalizedPrefix, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var described = entry.Refused;
            if (described is null)
            {
                try
                {
                    described = await DescribeAsync(entry.Key, includeMetadata: false, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or AssetBankException)
                {
                    // One file the store cannot describe must not end the listing: a stat of the key raises the error again.
                    described = new StoredObject(entry.Key, "unreadable", 0, DateTimeOffset.UnixEpoch, null, StoredObject.NoMetadata);
                }
            }

            if (described is not null)
            {
                yield return described;
            }
        }
    }

    public async Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        try
        {
            return await DescribeAsync(normalized, includeMetadata: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException(Name, $"could not read '{normalized}': {e.Message}", e);
        }
    }

    public Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        FileStream stream;
        try
        {
            stream = OpenContained(normalized, SafeDataPath(normalized), FileOptions.Asynchronous | FileOptions.SequentialScan);
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

            using (await _locks.AcquireAsync(normalized, cancellationToken))
            {
                var path = SafeDataPath(normalized);
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

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        try
        {
            using (await _locks.AcquireAsync(normalized, cancellationToken))
            {
                var path = SafeDataPath(normalized);
                var sidecar = SidecarPath(normalized);
                File.Delete(path);
                File.Delete(sidecar);
                PruneEmptyFolders(Path.GetDirectoryName(path)!, _root);
                PruneEmptyFolders(Path.GetDirectoryName(sidecar)!, sidecar.StartsWith(_longMetaRoot, StringComparison.Ordinal) ? _longMetaRoot : _metaRoot);
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Deleting what is not there is not an error.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException(Name, $"could not delete '{normalized}': {e.Message}", e);
        }
    }

    public Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var normalized = NormalizeKey(key);
        var path = SafeDataPath(normalized);
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

        foreach (var segment in normalized.Split('/'))
        {
            if (Encoding.UTF8.GetByteCount(segment) > MaxNameBytes)
            {
                throw new InvalidObjectKeyException(key, $"a folder or file name is longer than {MaxNameBytes} UTF-8 bytes, the limit of the folder store");
            }
        }

        return normalized;
    }

    /// <summary>The root with its own links resolved: what the kernel reports for a file opened inside the store.</summary>
    private string RealRoot
    {
        get
        {
            if (_realRoot is null && Directory.Exists(_root))
            {
                _realRoot = StoreLinks.RealPath(_root);
            }

            return _realRoot ?? _root;
        }
    }

    private string DataPath(string key) => Contained(Path.Combine(_root, key), key);

    /// <summary>The key's file, after checking that no folder on the way and not the file itself is a link.</summary>
    /// <exception cref="InvalidObjectKeyException">A link or an undecodable name is on the key's path; the problem says which.</exception>
    private string SafeDataPath(string key)
    {
        var path = DataPath(key);
        var current = _root;
        foreach (var segment in key.Split('/'))
        {
            var parent = current;
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                throw new InvalidObjectKeyException(key, $"{StoreLinks.Problem(current, RealRoot)} ('{Path.GetRelativePath(_root, current).Replace(Path.DirectorySeparatorChar, '/')}')");
            }

            if (!info.Exists && !Directory.Exists(current))
            {
                if (segment.Contains('\uFFFD', StringComparison.Ordinal)
                    && Directory.Exists(parent)
                    && new DirectoryInfo(parent).EnumerateFileSystemInfos().Any(e => e.Name == segment && FolderWalker.IsUndecodable(e)))
                {
                    throw new InvalidObjectKeyException(key, StoreLinks.InvalidNameProblem);
                }

                break;
            }
        }

        return path;
    }

    private FileStream OpenContained(string key, string path, FileOptions options)
    {
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read | FileShare.Delete,
            Options = options,
        });
        if (!StoreLinks.OpenedInside(stream, RealRoot))
        {
            stream.Dispose();
            throw new InvalidObjectKeyException(key, StoreLinks.LeavesRootProblem);
        }

        return stream;
    }

    private string SidecarPath(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        if (Encoding.UTF8.GetByteCount(name) + ".json".Length > MaxNameBytes)
        {
            return Path.Combine(_longMetaRoot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");
        }

        return Contained(Path.Combine(_metaRoot, key + ".json"), key);
    }

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
        var info = new FileInfo(SafeDataPath(key));
        if (!info.Exists)
        {
            return null;
        }

        var sidecar = await ReadSidecarAsync(key, cancellationToken);
        while (!Describes(sidecar, info))
        {
            // A file placed by hand, replaced behind our back, or being published by a writer right now: hash it, and
            // remember the hash under the key's lock only if neither the file nor the sidecar moved meanwhile.
            var (length, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
            string etag;
            try
            {
                if (length > _maxHashedBytes)
                {
                    // Too big to hash on sight (and too big for ingestion by default): size and time identify the version.
                    etag = string.Create(CultureInfo.InvariantCulture, $"size{length}-t{ticks}");
                }
                else
                {
                    await using var stream = OpenContained(key, info.FullName, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    etag = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                }
            }
            catch (FileNotFoundException)
            {
                return null;
            }

            using (await _locks.AcquireAsync(key, cancellationToken))
            {
                info.Refresh();
                if (!info.Exists)
                {
                    return null;
                }

                sidecar = await ReadSidecarAsync(key, cancellationToken);
                if (Describes(sidecar, info) || info.Length != length || info.LastWriteTimeUtc.Ticks != ticks)
                {
                    continue;
                }

                sidecar = new ObjectSidecar(
                    etag,
                    length,
                    ticks,
                    sidecar?.ContentType ?? ContentTypes.FromKey(key),
                    sidecar?.Metadata ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
                await WriteSidecarAsync(key, sidecar, cancellationToken);
            }
        }

        return ToStoredObject(key, sidecar, includeMetadata);
    }

    private static bool Describes([NotNullWhen(true)] ObjectSidecar? sidecar, FileInfo info) =>
        sidecar is not null && sidecar.Size == info.Length && sidecar.LastWriteTicksUtc == info.LastWriteTimeUtc.Ticks;

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
