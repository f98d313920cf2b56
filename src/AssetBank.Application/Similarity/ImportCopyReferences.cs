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
        var problems = new List<FileProblem>();
        var counts = await ReferenceFolderImport.RunAsync<ReferenceCopy>(
            root,
            f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || documents.CanRead(f),
            known,
            refresh,
            BatchSize,
            async file =>
            {
                var read = documents.CanRead(file.FullPath)
                    ? ReadDocumentAsync(file.FullPath, file.RelativePath, problems, cancellationToken)
                    : ReadAsync(file.FullPath, file.RelativePath, file.Size, problems, cancellationToken);
                if (await read is not { } text)
                {
                    return null;
                }

                var fingerprint = similarity.Describe(text);
                if (fingerprint.Normalized.Length == 0)
                {
                    problems.Add(new FileProblem("references", file.RelativePath, "has no letters or digits to compare (没有可比对的文字)"));
                    return null;
                }

                return new ReferenceCopy(0, name, file.RelativePath, file.Size, file.Modified, CopySignatureCodec.Encode(fingerprint.Signature), text);
            },
            batch => libraries.PutCopyAsync(name, batch, cancellationToken),
            gone => libraries.RemoveCopyAsync(name, gone, cancellationToken),
            progress);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), root, 0, time.GetUtcNow()), cancellationToken);
        await alarms.SetCursorAsync(0, cancellationToken);
        return new ReferenceImportReport(name, counts.Added, counts.Updated, counts.Unchanged, counts.Removed, problems, clock.Elapsed);
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
