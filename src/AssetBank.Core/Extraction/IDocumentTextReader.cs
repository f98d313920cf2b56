namespace AssetBank.Core.Extraction;

/// <summary>
/// Reads the text of a document people import (reference copy in Word, PowerPoint or PDF form) with the readers and
/// the size and time limits ingestion uses for the same formats.
/// </summary>
public interface IDocumentTextReader
{
    /// <summary>Whether the file's extension names a format this reader reads (.docx, .pptx, .pdf).</summary>
    bool CanRead(string path);

    /// <summary>The document's text in reading order, title first; <paramref name="name"/> names the file in errors.</summary>
    /// <exception cref="Errors.ContentRejectedException">The file is too large, too slow to read, or not a readable document.</exception>
    Task<string> ReadAsync(string path, string name, CancellationToken cancellationToken);
}
