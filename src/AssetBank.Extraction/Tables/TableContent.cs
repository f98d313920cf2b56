namespace AssetBank.Extraction.Tables;

/// <summary>The tables of one file, the file's own title if it has one, and the text encoding of text-based files.</summary>
internal sealed record TableContent(IReadOnlyList<SourceTable> Tables, string? Title, string? Encoding);
