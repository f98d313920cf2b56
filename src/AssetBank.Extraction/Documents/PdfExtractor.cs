using System.Globalization;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.TextFiles;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace AssetBank.Extraction.Documents;

/// <summary>
/// PDF: text per page (<c>page N</c>) in content order, the title from the document information. A PDF that needs a
/// password is rejected as password-protected; one PdfPig cannot parse is rejected as corrupt. Pages without a
/// text layer (scans) are noted: no OCR is done here.
/// </summary>
internal static class PdfExtractor
{
    public static ExtractedContent Extract(ExtractionSource source, CancellationToken cancellationToken)
    {
        PdfStreamGuard.Check(source, cancellationToken);
        try
        {
            return Read(source, cancellationToken);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw source.Reject("the PDF is password-protected: it cannot be opened without its password", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or ContentRejectedException or OutOfMemoryException))
        {
            if (HasEncryptDictionary(source.Path))
            {
                throw source.Reject("the PDF is password-protected or encrypted in a way that cannot be opened", e);
            }

            throw source.Reject($"the PDF is corrupt or not a PDF PdfPig can read: {e.Message}", e);
        }
    }

    private static ExtractedContent Read(ExtractionSource source, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(source.Path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var title = string.IsNullOrWhiteSpace(document.Information.Title) ? null : document.Information.Title.Trim();
        var builder = new SectionBuilder(source.Options.MaxTextChars) { Title = title };
        var pages = document.NumberOfPages;
        if (pages > source.Options.MaxPages)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the PDF has {pages} pages; only the first {source.Options.MaxPages} are read (Extraction:MaxPages)"));
        }

        var empty = new List<int>();
        var read = Math.Min(pages, source.Options.MaxPages);
        for (var number = 1; number <= read && !builder.Truncated; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                text = ContentOrderTextExtractor.GetText(document.GetPage(number));
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                source.Warnings.Add(string.Create(CultureInfo.InvariantCulture, $"page {number}: text could not be read ({e.Message})"));
                continue;
            }

            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
            if (text.Length == 0)
            {
                empty.Add(number);
                continue;
            }

            builder.AddSection(null, text, "page " + number.ToString(CultureInfo.InvariantCulture));
        }

        if (read > 0 && empty.Count == read)
        {
            source.Warnings.Add("the PDF has no text layer (scanned pages?); no OCR is done, so it is searchable by its metadata only");
        }
        else if (empty.Count > 0)
        {
            source.Warnings.Add($"pages without a text layer: {string.Join(", ", empty.Take(20))}{(empty.Count > 20 ? ", …" : string.Empty)}");
        }

        if (builder.Truncated)
        {
            source.Warnings.Add($"text cut at the limit of {source.Options.MaxTextChars:N0} characters (Extraction:MaxTextChars)");
        }

        return new ExtractedContent { Title = title, Sections = builder.Build() };
    }

    /// <summary>Whether the file's trailer names an /Encrypt dictionary (looked for in the last 64 KiB, where trailers live).</summary>
    private static bool HasEncryptDictionary(string path)
    {
        using var stream = File.OpenRead(path);
        var length = (int)Math.Min(stream.Length, 64 * 1024);
        stream.Seek(-length, SeekOrigin.End);
        var tail = new byte[length];
        stream.ReadExactly(tail);
        return tail.AsSpan().IndexOf("/Encrypt"u8) >= 0;
    }
}
