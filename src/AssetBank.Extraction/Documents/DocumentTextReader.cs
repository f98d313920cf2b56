using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using Microsoft.Extensions.Options;

namespace AssetBank.Extraction.Documents;

/// <summary>The document readers ingestion uses, offered for files people import (reference copy).</summary>
internal sealed class DocumentTextReader(IOptions<ExtractionOptions> options) : IDocumentTextReader
{
    public bool CanRead(string path) => ReaderFor(path) is not null;

    public async Task<string> ReadAsync(string path, string name, CancellationToken cancellationToken)
    {
        var read = ReaderFor(path) ?? throw new ContentRejectedException(name, "is not a .docx, .pptx or .pdf document");
        var content = await ExtractionRun.RunAsync(name, path, options.Value, read, cancellationToken);
        return content.PlainText();
    }

    private static Func<ExtractionSource, CancellationToken, ExtractedContent>? ReaderFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => DocxExtractor.Extract,
            ".pptx" => PptxExtractor.Extract,
            ".pdf" => PdfExtractor.Extract,
            _ => null,
        };
}
