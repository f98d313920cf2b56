using AssetBank.Application.Rights;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Ingesting;

/// <summary>Puts local files into the store with their metadata and ingests exactly those keys; usage terms given with them are recorded on each ingested asset.</summary>
public sealed class UploadAssets(DataFolderWriterLock writerLock, AssetUploader uploader, RightsTargets targets, SetRights rights, CatalogCommitFeed feed)
{
    public Task<IngestionReport> UploadAsync(
        IReadOnlyList<string> localPaths,
        string? prefix,
        AssetMetadata metadata,
        IProgress<UploadProgress>? uploadProgress,
        IProgress<IngestionProgress>? ingestionProgress,
        IProgress<string>? waiting,
        CancellationToken cancellationToken) =>
        UploadAsync(localPaths, prefix, metadata, null, uploadProgress, ingestionProgress, waiting, cancellationToken);

    /// <param name="terms">Usage terms for every file; checked before anything is uploaded. Null or empty for none.</param>
    public async Task<IngestionReport> UploadAsync(
        IReadOnlyList<string> localPaths,
        string? prefix,
        AssetMetadata metadata,
        RightsGrantText? terms,
        IProgress<UploadProgress>? uploadProgress,
        IProgress<IngestionProgress>? ingestionProgress,
        IProgress<string>? waiting,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(localPaths);
        ArgumentNullException.ThrowIfNull(metadata);
        RightsGrant? grant = terms is null || terms.IsEmpty ? null : SetRights.Check(terms, UploadOption);
        await using var session = await writerLock.AcquireAsync("upload", waiting, cancellationToken);
        var report = await uploader.UploadAsync(localPaths, prefix, metadata, uploadProgress, ingestionProgress, cancellationToken);
        if (grant is not null)
        {
            foreach (var key in localPaths.Select(p => AssetUploader.KeyFor(p, prefix, metadata)).Distinct(StringComparer.Ordinal))
            {
                // A file that failed ingestion is in the report already; it gets its terms once it is fixed and re-ingested.
                if ((await targets.FindAsync(key, cancellationToken)).Asset is { } asset)
                {
                    await rights.ApplyAsync(asset, grant, add: false, metadata.Producer ?? Environment.UserName, "upload", cancellationToken);
                }
            }

            await feed.PublishAsync(cancellationToken);
        }

        return report;
    }

    private static string UploadOption(string field) => field switch
    {
        "holder" or "start" or "end" => $"--rights-{field}",
        _ => "--" + field.Replace('_', '-'),
    };
}
