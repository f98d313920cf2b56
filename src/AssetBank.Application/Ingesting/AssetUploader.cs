using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Ingesting;

/// <summary>Puts producers' local files into the store with their metadata, streamed, then ingests them.</summary>
public sealed class AssetUploader
{
    private readonly IObjectStore _store;
    private readonly IngestionPipeline _pipeline;

    public AssetUploader(IObjectStore store, IngestionPipeline pipeline)
    {
        _store = store;
        _pipeline = pipeline;
    }

    /// <summary>
    /// The key a local file gets: <c>{prefix}/{name}</c>, or <c>{client}/{project}/{name}</c> by default, where the name is the
    /// file's name, or its path relative to the uploaded folder's parent (<c>delivery/cuts/a.mp4</c>) for a file found in a folder.
    /// </summary>
    public static string KeyFor(string localPath, string? prefix, AssetMetadata metadata, string? relativeName = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var folder = !string.IsNullOrWhiteSpace(prefix)
            ? prefix
            : string.Join('/', new[] { metadata.Client, metadata.Project }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Replace('/', '_')));
        var name = relativeName?.Replace('\\', '/') ?? Path.GetFileName(localPath);
        return ObjectKeys.Normalize(string.IsNullOrEmpty(folder) ? $"uploads/{name}" : $"{folder}/{name}");
    }

    /// <summary>
    /// Uploads files and folders (walked recursively, keeping their layout; hidden entries skipped), then ingests what
    /// was stored. A file that cannot be read or given a key is refused with the reason, as a failure of the report,
    /// and the rest go on; a full store stops the run.
    /// </summary>
    public async Task<IngestionReport> UploadAsync(
        IReadOnlyList<string> localPaths,
        string? prefix,
        AssetMetadata metadata,
        IProgress<UploadProgress>? uploadProgress,
        IProgress<IngestionProgress>? ingestionProgress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(localPaths);
        ArgumentNullException.ThrowIfNull(metadata);
        var refused = new List<IngestionFailure>();
        var files = new List<(string Path, string? Relative)>();
        foreach (var path in localPaths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Walk(path, refused));
            }
            else if (File.Exists(path))
            {
                files.Add((path, null));
            }
            else
            {
                refused.Add(new IngestionFailure(path, "no such local file or folder"));
            }
        }

        await _store.EnsureReadyAsync(cancellationToken);
        var keys = new List<string>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var (path, relative) = files[i];
            string? problem = null;
            var key = path;
            try
            {
                key = KeyFor(path, prefix, metadata, relative);
                var fileMetadata = metadata.Title is null ? metadata with { Title = Path.GetFileNameWithoutExtension(path) } : metadata;
                await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
                {
                    await _store.PutAsync(key, stream, new ObjectWriteOptions(null, fileMetadata.ToUserMetadata()), cancellationToken);
                }

                keys.Add(key);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidObjectKeyException or ContentRejectedException or ObjectStoreException)
            {
                problem = e.Message;
                refused.Add(new IngestionFailure(path, e.Message));
            }

            uploadProgress?.Report(new UploadProgress(i + 1, files.Count, key) { Problem = problem });
        }

        var report = await _pipeline.RunAsync(new IngestionRequest(Keys: keys), ingestionProgress, cancellationToken);
        return refused.Count == 0 ? report : report with { Failed = report.Failed + refused.Count, Failures = [.. refused, .. report.Failures] };
    }

    private static IEnumerable<(string Path, string? Relative)> Walk(string folder, List<IngestionFailure> refused)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? root;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        IEnumerable<string> found;
        try
        {
            found = Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refused.Add(new IngestionFailure(folder, $"cannot read the folder: {e.Message}"));
            return [];
        }

        // Dot-files and dot-folders (.DS_Store, .git) are never delivery material.
        return found
            .Select(f => (Path: f, Relative: Path.GetRelativePath(parent, f)))
            .Where(f => !f.Relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Select(f => (f.Path, (string?)f.Relative));
    }
}
