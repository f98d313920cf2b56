using AssetBank.Core.Extraction;
using Microsoft.Extensions.Options;

namespace AssetBank.Extraction.Tables;

/// <summary>The spreadsheet readers ingestion uses, offered for files people import (rights lists); of a workbook, the first visible sheet.</summary>
internal sealed class TableFileReader(IOptions<ExtractionOptions> options) : ITableFileReader
{
    public Task<IReadOnlyList<TableFileRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var source = new ExtractionSource(path, path, options.Value);
        var xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        return Task.Run<IReadOnlyList<TableFileRow>>(() =>
        {
            var content = xlsx ? XlsxTableReader.Read(source, cancellationToken) : CsvTableReader.Read(source, cancellationToken);
            return content.Tables.Take(1)
                .SelectMany(t => t.Rows.Select(r => new TableFileRow(t.Sheet is null || !xlsx ? r.Label : $"{t.Sheet}!{r.Label}", r.Cells)))
                .ToList();
        }, cancellationToken);
    }
}
