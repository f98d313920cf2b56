using AssetBank.Application.Writing;
using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>Puts local files into the store with their metadata and ingests exactly those keys.</summary>
public sealed class UploadAssets(DataFolderWriterLock writerLock, AssetUploader uploader)
{
    public async Task<IngestionReport> UploadAsync(
        IReadOnlyList<string> localPaths,
        string? prefix,
        AssetMetadata metadata,
        IProgress<UploadProgress>? uploadProgress,
        IProgress<IngestionProgress>? ingestionProgress,
        IProgress<string>? waiting,
        CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("upload", waiting, cancellationToken);
        return await uploader.UploadAsync(localPaths, prefix, metadata, uploadProgress, ingestionProgress, cancellationToken);
    }
}
