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
        ReferenceImportRequest.Validate(name, licence, folder);

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(folder), 0, time.GetUtcNow()), cancellationToken);
        var known = await libraries.KnownItemsAsync(name, cancellationToken);
        var files = PictureFolder.List(folder);
        var changed = ChangedFiles.Find(files, known, refresh);

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

    /// <summary>
    /// <c>assetbank reference import LIST.csv|LIST.jsonl</c>: a library delivered as its fingerprint list (the library's
    /// own ids, no pictures). The list is the whole library: ids no longer in it are removed, unchanged rows are kept.
    /// </summary>
    public async Task<ReferenceImportReport> ImportListAsync(string file, string name, string licence, IProgress<FolderMatchProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ReferenceImportRequest.Validate(name, licence, null);

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        var total = new FileInfo(file).Length;
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var stored in libraries.StreamAsync(cancellationToken))
        {
            if (string.Equals(stored.Library, name, StringComparison.Ordinal))
            {
                before[stored.ItemId] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stored.Signature));
            }
        }

        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(file), 0, time.GetUtcNow()), cancellationToken);
        var problems = new List<FileProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<ReferencePicture>();
        var (added, updated, unchanged) = (0, 0, 0);
        void Read(long bytes) => progress?.Report(new FolderMatchProgress("references", (int)Math.Min(int.MaxValue, bytes / 1024), (int)Math.Min(int.MaxValue, total / 1024)));
        await foreach (var row in FingerprintListFile.ReadAsync(file, problems, Read, cancellationToken))
        {
            var where = $"{Path.GetFileName(file)}:{row.Line}";
            if (!seen.Add(row.Id))
            {
                problems.Add(new FileProblem("references", where, $"id {row.Id} is listed twice (重复 id)"));
                continue;
            }

            if (ReadFingerprint(row, where, problems) is not { } bytes)
            {
                continue;
            }

            if (before.TryGetValue(row.Id, out var known) && known == Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)))
            {
                unchanged++;
                continue;
            }

            if (before.ContainsKey(row.Id))
            {
                updated++;
            }
            else
            {
                added++;
            }

            batch.Add(new ReferencePicture(0, name, row.Id, bytes.Length, time.GetUtcNow(), bytes));
            if (batch.Count == BatchSize)
            {
                await libraries.PutAsync(name, batch, cancellationToken);
                batch.Clear();
            }
        }

        await libraries.PutAsync(name, batch, cancellationToken);
        var gone = before.Keys.Where(id => !seen.Contains(id)).ToList();
        await libraries.RemoveItemsAsync(name, gone, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(file), 0, time.GetUtcNow()), cancellationToken);
        await alarms.SetCursorAsync(0, cancellationToken);
        progress?.Report(new FolderMatchProgress("references", (int)Math.Min(int.MaxValue, total / 1024), (int)Math.Min(int.MaxValue, total / 1024)));
        return new ReferenceImportReport(name, added, updated, unchanged, gone.Count, problems, clock.Elapsed);
    }

    /// <summary><c>assetbank reference export NAME --out LIST.csv</c>: the library's fingerprint list, for another bank or a list import.</summary>
    /// <returns>Rows written.</returns>
    public async Task<int> ExportListAsync(string name, Stream output, CancellationToken cancellationToken)
    {
        if (!(await libraries.ListAsync(cancellationToken)).Any(l => string.Equals(l.Name, name, StringComparison.Ordinal)))
        {
            throw new RequestRejectedException($"参考库 {name}", "does not exist (没有这个参考库)");
        }

        var written = 0;
        async IAsyncEnumerable<(string, byte[])> Rows()
        {
            await foreach (var picture in libraries.StreamAsync(cancellationToken))
            {
                if (string.Equals(picture.Library, name, StringComparison.Ordinal))
                {
                    written++;
                    yield return (picture.ItemId, picture.Signature);
                }
            }
        }

        await FingerprintListFile.WriteCsvAsync(output, Rows(), cancellationToken);
        return written;
    }

    public Task<IReadOnlyList<ReferenceLibrary>> ListAsync(CancellationToken cancellationToken) => libraries.ListAsync(cancellationToken);

    private static byte[]? ReadFingerprint(FingerprintRow row, string where, List<FileProblem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(row.Fingerprint);
        }
        catch (FormatException)
        {
            problems.Add(new FileProblem("references", where, "the fingerprint is not base64 (指纹不是 base64)"));
            return null;
        }

        try
        {
            _ = ImageSignatureCodec.Decode(bytes, where);
            return bytes;
        }
        catch (CatalogException)
        {
            problems.Add(new FileProblem("references", where, "not an AssetBank fingerprint of a version this bank reads (无法识别的指纹)"));
            return null;
        }
    }

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
