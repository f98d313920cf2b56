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

    /// <summary>The key a local file gets: <c>{prefix}/{file name}</c>, or <c>{client}/{project}/{file name}</c> by default.</summary>
    public static string KeyFor(string localPath, string? prefix, AssetMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var folder = !string.IsNullOrWhiteSpace(prefix)
            ? prefix
            : string.Join('/', new[] { metadata.Client, metadata.Project }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Replace('/', '_')));
        var name = Path.GetFileName(localPath);
        return ObjectKeys.Normalize(string.IsNullOrEmpty(folder) ? $"uploads/{name}" : $"{folder}/{name}");
    }

    public async Task<IngestionReport> UploadAsync(
        IReadOnlyList<string> localPaths,
        string? prefix,
        AssetMetadata metadata,
        IProgress<UploadProgress>? uploadProgress,
        IProgress<IngestionProgress>? ingestionProgress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(localPaths);
        var missing = localPaths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentRejectedException(missing[0], "no such local file");
        }

        await _store.EnsureReadyAsync(cancellationToken);
        var keys = new List<string>(localPaths.Count);
        for (var i = 0; i < localPaths.Count; i++)
        {
            var path = localPaths[i];
            var key = KeyFor(path, prefix, metadata);
            var fileMetadata = metadata.Title is null ? metadata with { Title = Path.GetFileNameWithoutExtension(path) } : metadata;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                await _store.PutAsync(key, stream, new ObjectWriteOptions(null, fileMetadata.ToUserMetadata()), cancellationToken);
            }

            keys.Add(key);
            uploadProgress?.Report(new UploadProgress(i + 1, localPaths.Count, key));
        }

        return await _pipeline.RunAsync(new IngestionRequest(Keys: keys), ingestionProgress, cancellationToken);
    }
}
