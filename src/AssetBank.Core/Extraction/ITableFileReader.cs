namespace AssetBank.Core.Extraction;

/// <summary>Reads a local CSV (any encoding the bank decodes, GBK included) or XLSX file into rows of text, within the extraction limits.</summary>
public interface ITableFileReader
{
    /// <exception cref="Errors.ContentRejectedException">The file cannot be read as a table.</exception>
    Task<IReadOnlyList<TableFileRow>> ReadAsync(string path, CancellationToken cancellationToken);
}
