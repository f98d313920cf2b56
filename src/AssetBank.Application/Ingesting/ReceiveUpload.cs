using AssetBank.Application.Jobs;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Ingesting;

/// <summary>
/// Takes one file from the web: checks its name and first bytes, streams it into the store under
/// <c>client/project/relative path</c> with its metadata (never holding it in memory), then ingests exactly that key.
/// A refused file leaves nothing behind and says why; files already stored are never touched by a refusal.
/// On a PostgreSQL bank (<see cref="JobOptions.QueueIngestion"/>) the key is queued for the workers at upload priority
/// instead, so a producer's fresh file overtakes the archive backlog; it comes back as pending.
/// </summary>
public sealed class ReceiveUpload(
    DataFolderWriterLock writerLock,
    IObjectStore store,
    IngestionPipeline pipeline,
    IOptions<IngestionOptions> options,
    IIngestionLedger ledger,
    IIngestionJobs queue,
    IOptions<JobOptions> jobs,
    TimeProvider time)
{
    private static readonly byte[][] ExecutableHeads =
    [
        "MZ"u8.ToArray(), [0x7F, (byte)'E', (byte)'L', (byte)'F'], [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF],
        [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE], "#!"u8.ToArray(),
    ];

    /// <param name="uploadedBy">The account uploading; kept as the object's <c>uploaded-by</c> metadata so that person may edit the metadata later.</param>
    public async Task<ReceivedFile> ReceiveAsync(IncomingFile file, AssetMetadata metadata, string? uploadedBy, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(metadata);
        var shown = Printable(file.RelativePath ?? file.FileName);
        var (key, problem) = KeyFor(file, metadata);
        if (problem is not null)
        {
            return new ReceivedFile(shown, null, 0, null, problem);
        }

        var head = new byte[8];
        var headLength = await file.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return new ReceivedFile(shown, key, 0, null, "空文件 (the file is empty)");
        }

        if (ExecutableHeads.Any(h => headLength >= h.Length && head.AsSpan(0, h.Length).SequenceEqual(h)))
        {
            return new ReceivedFile(shown, key, 0, null, "这是可执行程序，不是素材 (an executable program disguised as a media file; refused)");
        }

        var limited = new UploadLimitStream(file.Content, head.AsMemory(0, headLength), options.Value.MaxObjectBytes, shown);
        await using var session = await writerLock.AcquireAsync("web upload", waiting, cancellationToken);
        StoredObject stored;
        try
        {
            var titled = metadata.Title is null ? metadata with { Title = Path.GetFileNameWithoutExtension(file.FileName) } : metadata;
            var userMetadata = new Dictionary<string, string>(titled.ToUserMetadata(), StringComparer.OrdinalIgnoreCase);
            if (!string.IsNullOrWhiteSpace(uploadedBy))
            {
                userMetadata[MetadataKeys.UploadedBy] = uploadedBy.Trim();
            }

            stored = await store.PutAsync(key!, limited, new ObjectWriteOptions(null, userMetadata), cancellationToken);
        }
        catch (ContentRejectedException e)
        {
            return new ReceivedFile(shown, key, limited.BytesRead, null, e.Problem);
        }

        if (jobs.Value.QueueIngestion)
        {
            await ledger.RecordDiscoveredAsync([stored], time.GetUtcNow(), cancellationToken);
            await queue.EnqueueAsync([stored.Key], JobPriorities.Upload, jobs.Value.MaxAttempts, cancellationToken);
            return new ReceivedFile(shown, key, limited.BytesRead, AssetStatus.Pending, null);
        }

        var report = await pipeline.RunAsync(new IngestionRequest(Keys: [key!]), null, cancellationToken);
        var failure = report.Failures.FirstOrDefault(f => f.Key == key);
        return failure is null
            ? new ReceivedFile(shown, key, limited.BytesRead, AssetStatus.Processed, null)
            : new ReceivedFile(shown, key, limited.BytesRead, AssetStatus.Failed, null) { IngestionFailure = failure.Reason };
    }

    private static (string? Key, string? Problem) KeyFor(IncomingFile file, AssetMetadata metadata)
    {
        var path = (file.RelativePath ?? file.FileName).Replace('\\', '/');
        if (path.Any(char.IsControl))
        {
            return (null, "文件名含控制字符 (the name contains control characters)");
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path.StartsWith('/') || segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Trim().Length == 0))
        {
            return (null, "文件路径无效：不能含 ../ 或绝对路径 (the path must be relative, without '..' segments)");
        }

        var folder = string.Join('/', new[] { metadata.Client, metadata.Project }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim().Replace('/', '_')));
        var raw = (folder.Length == 0 ? "uploads" : folder) + "/" + string.Join('/', segments);
        return ObjectKeys.TryNormalize(raw, out var key, out var problem) ? (key, null) : (null, $"文件名无效 (not a usable name): {problem}");
    }

    private static string Printable(string name) => new(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
