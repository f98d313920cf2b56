using System.Collections.Concurrent;
using System.Diagnostics;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity;

/// <summary>
/// <c>assetbank reference import DIR --name N --licence L</c>: fingerprints every picture of a licensed library once and
/// stores it in the catalog. Re-importing is incremental (only new or changed files are read again; files gone from
/// the folder are removed). The bank is then re-checked against the libraries.
/// </summary>
public sealed class ImportReferences(
    IReferenceLibraries libraries,
    IAlarmStore alarms,
    IPictureDecoder decoder,
    IImageSimilarity similarity,
    IPicturePreview preview,
    DataFolderWriterLock writerLock,
    IOptions<SimilarityOptions> options,
    TimeProvider time)
{
    private const int BatchSize = 200;

    /// <param name="refresh">Fingerprint every picture again (after an upgrade that changed fingerprints), not only new or changed files.</param>
    public async Task<ReferenceImportReport> ImportAsync(string folder, string name, string licence, bool refresh, IProgress<FolderMatchProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(licence))
        {
            throw new RequestRejectedException("reference import", "needs --name and --licence (库名和授权必填)");
        }

        if (!Directory.Exists(folder))
        {
            throw new RequestRejectedException($"文件夹 {folder}", "does not exist (folder not found)");
        }

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(folder), 0, time.GetUtcNow()), cancellationToken);
        var known = await libraries.KnownItemsAsync(name, cancellationToken);
        var files = PictureFolder.List(folder);
        var changed = new List<(PictureFile File, long Size, DateTimeOffset Modified)>();
        foreach (var file in files)
        {
            var info = new FileInfo(file.FullPath);
            var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            if (refresh || !known.TryGetValue(file.RelativePath, out var before) || before.Size != info.Length || before.Modified != modified)
            {
                changed.Add((file, info.Length, modified));
            }
        }

        var problems = new ConcurrentBag<FileProblem>();
        var done = 0;
        progress?.Report(new FolderMatchProgress("references", 0, changed.Count));
        var parallelism = options.Value.Parallelism > 0 ? options.Value.Parallelism : Environment.ProcessorCount;
        foreach (var batch in changed.Chunk(BatchSize))
        {
            var pictures = new ConcurrentBag<ReferencePicture>();
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, (item, _) =>
            {
                if (Fingerprint(item.File, problems) is { } made)
                {
                    pictures.Add(new ReferencePicture(0, name, item.File.RelativePath, item.Size, item.Modified, ImageSignatureCodec.Encode(made.Signature)) { Preview = made.Preview });
                }

                progress?.Report(new FolderMatchProgress("references", Interlocked.Increment(ref done), changed.Count));
                return ValueTask.CompletedTask;
            });
            await libraries.PutAsync(name, pictures.ToList(), cancellationToken);
        }

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(k => !present.Contains(k)).ToList();
        await libraries.RemoveItemsAsync(name, gone, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(folder), 0, time.GetUtcNow()), cancellationToken);
        // Every asset is checked again against the changed libraries at the next catch-up.
        await alarms.SetCursorAsync(0, cancellationToken);
        var added = changed.Count(c => !known.ContainsKey(c.File.RelativePath)) - problems.Count(p => !known.ContainsKey(p.RelativePath));
        var updated = changed.Count(c => known.ContainsKey(c.File.RelativePath)) - problems.Count(p => known.ContainsKey(p.RelativePath));
        return new ReferenceImportReport(name, added, updated, files.Count - changed.Count, gone.Count,
            problems.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList(), clock.Elapsed);
    }

    public Task<IReadOnlyList<ReferenceLibrary>> ListAsync(CancellationToken cancellationToken) => libraries.ListAsync(cancellationToken);

    public async Task RemoveAsync(string name, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("reference remove", waiting, cancellationToken);
        if (!await libraries.RemoveLibraryAsync(name, cancellationToken))
        {
            throw new RequestRejectedException($"参考库 {name}", "does not exist (没有这个参考库)");
        }

        await alarms.SetCursorAsync(0, cancellationToken);
    }

    private (ImageSignature Signature, byte[] Preview)? Fingerprint(PictureFile file, ConcurrentBag<FileProblem> problems)
    {
        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            var picture = decoder.Decode(stream, file.RelativePath);
            return (similarity.Describe(picture, asQuery: false), preview.Preview(picture, 320));
        }
        catch (ContentRejectedException e)
        {
            problems.Add(new FileProblem("references", file.RelativePath, e.Problem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FileProblem("references", file.RelativePath, $"cannot be read ({e.Message})"));
        }

        return null;
    }
}
