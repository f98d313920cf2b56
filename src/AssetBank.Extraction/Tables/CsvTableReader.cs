using System.Globalization;
using AssetBank.Extraction.TextFiles;
using CsvHelper;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// CSV (and TSV) files in any encoding the text decoder knows — GBK CSVs from Excel on Chinese Windows are common —
/// with the delimiter detected among comma, tab, semicolon and pipe.
/// </summary>
internal static class CsvTableReader
{
    public static TableContent Read(ExtractionSource source, CancellationToken cancellationToken)
    {
        var decoded = TextFileReader.ReadWhole(source);
        // Separator detected among , ; tab and |; quoted line breaks allowed; ragged rows read as they are.
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };

        var rows = new List<SourceRow>();
        try
        {
            using var reader = CsvReader.FromText(decoded.Text, options);
            while (reader.Read())
            {
                if ((rows.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (rows.Count >= source.Options.MaxRows)
                {
                    source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"only the first {source.Options.MaxRows:N0} rows were read (Extraction:MaxRows)"));
                    break;
                }

                var cells = new string[reader.FieldCount];
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = reader.GetString(c);
                }

                var number = (int)reader.LineNumber;
                var row = new SourceRow("row " + number.ToString(CultureInfo.InvariantCulture), number, cells);
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw source.Reject($"the CSV file cannot be parsed: {e.Message}", e);
        }

        return new TableContent([new SourceTable(null, rows)], null, decoded.Encoding);
    }
}
