using System.Diagnostics;
using System.Text;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>
/// <c>assetbank reference import DIR --name N --licence L --kind copy</c>: every .txt, .md, .docx, .pptx and .pdf file
/// under the folder is a reference text (slogan, ad copy, a competitor's post or brochure); its text and its
/// MinHash/SimHash fingerprint are stored in the catalog once. Documents are read by the readers and within the limits
/// ingestion uses for them. Re-importing is incremental like pictures: only new or changed files are read, files gone are removed.
/// </summary>
public sealed class ImportCopyReferences(
    IReferenceLibraries libraries,
    IAlarmStore alarms,
    ICopySimilarity similarity,
    IDocumentTextReader documents,
    DataFolderWriterLock writerLock,
    TimeProvider time)
{
    /// <summary>A reference text larger than this is not copy but a book, and is refused.</summary>
    public const long MaxTextBytes = 4L * 1024 * 1024;

    private const int BatchSize = 500;
    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown"];

    public async Task<ReferenceImportReport> ImportAsync(string folder, string name, string licence, bool refresh, IProgress<FolderMatchProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ReferenceImportRequest.Validate(name, licence, folder);

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        var root = Path.GetFullPath(folder);
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), root, 0, time.GetUtcNow()), cancellationToken);
        var known = await libraries.KnownCopyAsync(name, cancellationToken);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || documents.CanRead(f))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var problems = new List<FileProblem>();
        var batch = new List<ReferenceCopy>();
        var (added, updated, unchanged, done) = (0, 0, 0, 0);
        foreach (var (full, relative) in files)
        {
            progress?.Report(new FolderMatchProgress("references", done++, files.Count));
            var info = new FileInfo(full);
            var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            var before = known.TryGetValue(relative, out var stored);
            if (!refresh && before && stored.Size == info.Length && stored.Modified == modified)
            {
                unchanged++;
                continue;
            }

            var text = documents.CanRead(full)
                ? await ReadDocumentAsync(full, relative, problems, cancellationToken)
                : await ReadAsync(full, relative, info.Length, problems, cancellationToken);
            if (text is null)
            {
                continue;
            }

            var fingerprint = similarity.Describe(text);
            if (fingerprint.Normalized.Length == 0)
            {
                problems.Add(new FileProblem("references", relative, "has no letters or digits to compare (没有可比对的文字)"));
                continue;
            }

            batch.Add(new ReferenceCopy(0, name, relative, info.Length, modified, CopySignatureCodec.Encode(fingerprint.Signature), text));
            if (before)
            {
                updated++;
            }
            else
            {
                added++;
            }

            if (batch.Count == BatchSize)
            {
                await libraries.PutCopyAsync(name, batch, cancellationToken);
                batch.Clear();
            }
        }

        await libraries.PutCopyAsync(name, batch, cancellationToken);
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(k => !present.Contains(k)).ToList();
        await libraries.RemoveCopyAsync(name, gone, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), root, 0, time.GetUtcNow()), cancellationToken);
        await alarms.SetCursorAsync(0, cancellationToken);
        progress?.Report(new FolderMatchProgress("references", files.Count, files.Count));
        return new ReferenceImportReport(name, added, updated, unchanged, gone.Count, problems, clock.Elapsed);
    }

    private async Task<string?> ReadDocumentAsync(string path, string relative, List<FileProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            var text = await documents.ReadAsync(path, relative, cancellationToken);
            if (Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
            {
                problems.Add(new FileProblem("references", relative, $"holds more than {MaxTextBytes / (1024 * 1024)} MB of text (文案过大)"));
                return null;
            }

            return text;
        }
        catch (ContentRejectedException e)
        {
            problems.Add(new FileProblem("references", relative, e.Problem));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FileProblem("references", relative, $"cannot be read ({e.Message})"));
            return null;
        }
    }

    private static async Task<string?> ReadAsync(string path, string relative, long size, List<FileProblem> problems, CancellationToken cancellationToken)
    {
        if (size > MaxTextBytes)
        {
            problems.Add(new FileProblem("references", relative, $"is larger than {MaxTextBytes / (1024 * 1024)} MB (文案过大)"));
            return null;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            try
            {
                // BOMs name UTF-16 and UTF-8 themselves; without one the text must be valid UTF-8.
                using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                return await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                problems.Add(new FileProblem("references", relative, "is not UTF-8 text (请保存为 UTF-8)"));
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FileProblem("references", relative, $"cannot be read ({e.Message})"));
            return null;
        }
    }
}
