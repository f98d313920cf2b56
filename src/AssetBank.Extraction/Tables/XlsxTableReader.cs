using System.Globalization;
using System.Text;
using AssetBank.Extraction.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// XLSX worksheets read with the Open XML SDK (streaming the sheet XML): shared and inline strings, numbers as
/// Excel shows their value (15 significant digits, percent-formatted cells as <c>5.6%</c>, dates as text), and
/// merged cells filled with their top-left value — so a two-row header with <c>报价</c> merged over
/// <c>图文 | 视频</c>, or a 平台 cell merged down several KOL rows, reads as if every cell held the value.
/// </summary>
/// <remarks>ClosedXML 0.95.4 (the version in Directory.Packages.props) fails at run time on .NET 10 against Open XML SDK 3.x.</remarks>
internal static class XlsxTableReader
{
    /// <summary>Merged ranges larger than this are not filled (a whole-sheet merge would otherwise cost memory for nothing).</summary>
    private const int MaxMergeCells = 10_000;

    public static TableContent Read(ExtractionSource source, CancellationToken cancellationToken)
    {
        OfficePackage.RejectIfEncrypted(source, "XLSX workbook");
        return OfficePackage.Read(source, "XLSX workbook", () =>
        {
            using var document = SpreadsheetDocument.Open(source.Path, false, OfficePackage.Settings(source));
            var workbook = document.WorkbookPart ?? throw source.Reject("the XLSX workbook has no workbook part");
            var strings = SharedStrings(workbook);
            var formats = CellFormats(workbook);
            var tables = new List<SourceTable>();
            var budget = source.Options.MaxRows;
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
                {
                    continue;
                }

                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var name = sheet.Name?.Value ?? "sheet";
                var rows = ReadSheet(part, name, strings, formats, ref budget, source, cancellationToken);
                tables.Add(new SourceTable(name, rows));
                if (budget <= 0)
                {
                    break;
                }
            }

            var title = document.PackageProperties.Title;
            return new TableContent(tables, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null);
        });
    }

    private static List<SourceRow> ReadSheet(
        WorksheetPart part, string sheetName, IReadOnlyList<string> strings, IReadOnlyList<CellKind> formats,
        ref int budget, ExtractionSource source, CancellationToken cancellationToken)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<(int Row1, int Col1, int Row2, int Col2)>();
        var nextRow = 1;
        var limited = false;
        using (var reader = OpenXmlReader.Create(part))
        {
            // Loading or skipping an element leaves the reader on the next one, so only other elements call Read().
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(Row))
                {
                    if (grid.Count >= budget)
                    {
                        // Past the row limit: skip the rest of the rows unparsed, but read on for the merged ranges.
                        limited = true;
                        reader.Skip();
                        continue;
                    }

                    var row = (Row)reader.LoadCurrentElement()!;
                    var number = row.RowIndex?.Value is { } index ? (int)index : nextRow;
                    nextRow = number + 1;

                    if ((grid.Count & 0x3FF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var cells = ReadCells(row, strings, formats);
                    if (cells.Count > 0)
                    {
                        grid[number] = cells;
                    }

                    continue;
                }

                if (reader.IsStartElement && reader.ElementType == typeof(MergeCell))
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value is { } reference && TryParseRange(reference, out var range))
                    {
                        merges.Add(range);
                    }

                    continue;
                }

                reader.Read();
            }
        }

        budget -= grid.Count;
        if (limited)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"sheet '{sheetName}': only the first {grid.Count:N0} rows were read (Extraction:MaxRows)"));
        }

        FillMerges(grid, merges);
        var result = new List<SourceRow>(grid.Count);
        foreach (var (number, cells) in grid)
        {
            var width = cells.Keys.Max() + 1;
            var values = new string[width];
            for (var c = 0; c < width; c++)
            {
                values[c] = cells.GetValueOrDefault(c, string.Empty);
            }

            var row = new SourceRow($"sheet '{sheetName}' row {number.ToString(CultureInfo.InvariantCulture)}", number, values);
            if (!row.IsBlank)
            {
                result.Add(row);
            }
        }

        return result;
    }

    private static Dictionary<int, string> ReadCells(Row row, IReadOnlyList<string> strings, IReadOnlyList<CellKind> formats)
    {
        var cells = new Dictionary<int, string>();
        var nextColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && TryParseReference(reference, out _, out var c) ? c : nextColumn;
            nextColumn = column + 1;
            var value = CellText(cell, strings, formats);
            if (!string.IsNullOrEmpty(value))
            {
                cells[column] = value;
            }
        }

        return cells;
    }

    private static string CellText(Cell cell, IReadOnlyList<string> strings, IReadOnlyList<CellKind> formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? strings[index]
                : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : raw ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date || raw is null)
        {
            return raw ?? string.Empty;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        var kind = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : CellKind.Number;
        return kind switch
        {
            // Excel keeps 15 significant digits; the decimal conversion rounds the same way, so 0.056 stays 0.056.
            CellKind.Percent => (ToDecimal(number) * 100m).ToString("0.##########", CultureInfo.InvariantCulture) + "%",
            CellKind.Date when number is > -657435 and < 2958466 =>
                DateTime.FromOADate(number).ToString(number % 1 == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            _ => ToDecimal(number).ToString("0.##########", CultureInfo.InvariantCulture),
        };
    }

    private static decimal ToDecimal(double number) =>
        number is > (double)decimal.MaxValue or < (double)decimal.MinValue ? 0m : (decimal)number;

    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : [.. table.Elements<SharedStringItem>().Select(RichText)];
    }

    /// <summary>The text of a string item: its plain text or its rich-text runs; phonetic runs (rPh) left out.</summary>
    private static string RichText(OpenXmlElement item)
    {
        var text = item.GetFirstChild<Text>();
        if (text is not null)
        {
            return text.Text;
        }

        var builder = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            builder.Append(run.Text?.Text);
        }

        return builder.ToString();
    }

    /// <summary>For each cell style index: whether its number format shows a percent, a date or a plain number.</summary>
    private static IReadOnlyList<CellKind> CellFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        return [.. stylesheet.CellFormats.Elements<CellFormat>().Select(f => Classify(f.NumberFormatId?.Value ?? 0, custom))];
    }

    private static CellKind Classify(uint formatId, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(formatId, out var code))
        {
            var bare = StripLiterals(code);
            if (bare.Contains('%', StringComparison.Ordinal))
            {
                return CellKind.Percent;
            }

            return bare.Contains('y', StringComparison.OrdinalIgnoreCase) || bare.Contains('d', StringComparison.OrdinalIgnoreCase)
                   || (bare.Contains('h', StringComparison.OrdinalIgnoreCase) && bare.Contains('s', StringComparison.OrdinalIgnoreCase))
                ? CellKind.Date
                : CellKind.Number;
        }

        // Built-in formats: 9 and 10 are percents; 14–22 and 45–47 dates and times (ECMA-376 §18.8.30).
        return formatId switch
        {
            9 or 10 => CellKind.Percent,
            (>= 14 and <= 22) or (>= 45 and <= 47) => CellKind.Date,
            _ => CellKind.Number,
        };
    }

    /// <summary>A number format without its quoted literals, escaped characters and [colour]/[locale] sections.</summary>
    private static string StripLiterals(string code)
    {
        var builder = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (bracket && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && c == '\\')
            {
                i++;
            }
            else if (!quoted && !bracket)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void FillMerges(SortedDictionary<int, Dictionary<int, string>> grid, List<(int Row1, int Col1, int Row2, int Col2)> merges)
    {
        foreach (var (row1, col1, row2, col2) in merges)
        {
            if ((long)(row2 - row1 + 1) * (col2 - col1 + 1) > MaxMergeCells
                || !grid.TryGetValue(row1, out var top) || !top.TryGetValue(col1, out var value))
            {
                continue;
            }

            for (var r = row1; r <= row2; r++)
            {
                if (!grid.TryGetValue(r, out var cells))
                {
                    // A row that exists only as part of the merge: it was cut by the row limit, or is empty but merged.
                    continue;
                }

                for (var c = col1; c <= col2; c++)
                {
                    cells.TryAdd(c, value);
                }
            }
        }
    }

    private static bool TryParseRange(string reference, out (int Row1, int Col1, int Row2, int Col2) range)
    {
        range = default;
        var parts = reference.Split(':');
        if (parts.Length != 2 || !TryParseReference(parts[0], out var r1, out var c1) || !TryParseReference(parts[1], out var r2, out var c2))
        {
            return false;
        }

        range = (Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }

    /// <summary>An A1 reference as a 1-based row and a 0-based column.</summary>
    internal static bool TryParseReference(string reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
            if (column > 16_384)
            {
                return false;
            }
        }

        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) || row < 1)
        {
            return false;
        }

        column--;
        return true;
    }
}
