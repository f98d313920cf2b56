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

    /// <summary>Merged ranges kept per sheet; more are ignored (each costs a loaded element and a fill pass).</summary>
    private const int MaxMerges = 100_000;

    /// <summary>Excel's own column limit (XFD).</summary>
    private const int MaxColumns = 16_384;

    public static TableContent Read(ExtractionSource source, CancellationToken cancellationToken)
    {
        OfficePackage.Guard(source, "XLSX workbook", cancellationToken);
        return OfficePackage.Read(source, "XLSX workbook", () =>
        {
            using var document = SpreadsheetDocument.Open(source.Path, false, OfficePackage.Settings(source));
            var workbook = document.WorkbookPart ?? throw source.Reject("the XLSX workbook has no workbook part");
            var strings = SharedStrings(workbook, source, cancellationToken);
            var formats = CellFormats(workbook);
            var tables = new List<SourceTable>();
            var budget = new SheetBudget(source.Options.MaxRows, source.Options.MaxCells);
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
                var rows = ReadSheet(part, name, strings, formats, budget, source, cancellationToken);
                tables.Add(new SourceTable(name, rows));
                if (budget.Exhausted)
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
        SheetBudget budget, ExtractionSource source, CancellationToken cancellationToken)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<(int Row1, int Col1, int Row2, int Col2)>();
        var nextRow = 1;
        var skipped = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            // Loading or skipping an element leaves the reader on the next one, so only other elements call Read().
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(Row))
                {
                    if (budget.Exhausted)
                    {
                        // Past a limit: skip the rest of the rows unparsed, but read on for the merged ranges.
                        skipped++;
                        reader.Skip();
                        continue;
                    }

                    var number = RowNumber(reader) ?? nextRow;
                    nextRow = number + 1;
                    if ((grid.Count & 0x3FF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    // Cells are loaded one at a time: a hostile row of millions of cells never becomes one DOM.
                    var cells = ReadCells(reader, strings, formats);
                    if (cells.Count > 0 && budget.TryTake(cells.Keys.Max() + 1))
                    {
                        grid[number] = cells;
                    }
                    else if (cells.Count > 0)
                    {
                        skipped++;
                    }

                    continue;
                }

                if (reader.IsStartElement && reader.ElementType == typeof(MergeCell))
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merges.Count < MaxMerges && merge.Reference?.Value is { } reference && TryParseRange(reference, out var range))
                    {
                        merges.Add(range);
                    }

                    continue;
                }

                reader.Read();
            }
        }

        if (skipped > 0)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"sheet '{sheetName}': only the first {grid.Count:N0} rows were read, {skipped:N0} skipped (Extraction:MaxRows {source.Options.MaxRows:N0}, Extraction:MaxCells {source.Options.MaxCells:N0})"));
        }

        var unfilled = FillMerges(grid, merges, budget, source.Options.MaxCells);
        if (unfilled > 0)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"sheet '{sheetName}': {unfilled:N0} merged ranges were not filled: over {MaxMergeCells:N0} cells each or past the cell budget (Extraction:MaxCells {source.Options.MaxCells:N0})"));
        }

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

    private static int? RowNumber(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The non-empty cells of the row the reader is on, by 0-based column; leaves the reader after the row.</summary>
    private static Dictionary<int, string> ReadCells(OpenXmlReader reader, IReadOnlyList<string> strings, IReadOnlyList<CellKind> formats)
    {
        var cells = new Dictionary<int, string>();
        var depth = reader.Depth;
        var nextColumn = 0;
        var seen = 0;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Cell))
            {
                reader.Read();
                continue;
            }

            if (++seen > MaxColumns)
            {
                // More cell elements than a sheet has columns: the rest are hostile padding.
                reader.Skip();
                continue;
            }

            var cell = (Cell)reader.LoadCurrentElement()!;
            var column = cell.CellReference?.Value is { } reference && TryParseReference(reference, out _, out var c) ? c : nextColumn;
            nextColumn = column + 1;
            var value = CellText(cell, strings, formats);
            if (!string.IsNullOrEmpty(value) && column < MaxColumns)
            {
                cells[column] = value;
            }
        }

        if (!reader.EOF && reader.IsEndElement && reader.Depth == depth && reader.ElementType == typeof(Row))
        {
            reader.Read();
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

    /// <summary>The shared strings, streamed one item at a time and cut at the text limit (the rest read as empty cells).</summary>
    private static List<string> SharedStrings(WorkbookPart workbook, ExtractionSource source, CancellationToken cancellationToken)
    {
        var part = workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        long chars = 0;
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(SharedStringItem))
            {
                reader.Read();
                continue;
            }

            if ((strings.Count & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var text = RichText(reader.LoadCurrentElement()!);
            chars += text.Length;
            if (chars > source.Options.MaxTextChars || strings.Count >= source.Options.MaxCells)
            {
                source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"only the first {strings.Count:N0} shared strings were read (Extraction:MaxTextChars {source.Options.MaxTextChars:N0}, Extraction:MaxCells {source.Options.MaxCells:N0}); cells that use later ones read as empty"));
                break;
            }

            strings.Add(text);
        }

        return strings;
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

    /// <summary>Fills merged ranges with their top-left value, within the cell budget; returns how many ranges were left unfilled.</summary>
    private static int FillMerges(SortedDictionary<int, Dictionary<int, string>> grid, List<(int Row1, int Col1, int Row2, int Col2)> merges, SheetBudget budget, long maxScan)
    {
        var unfilled = 0;
        var scanned = 0L;
        foreach (var (row1, col1, row2, col2) in merges)
        {
            if (!grid.TryGetValue(row1, out var top) || !top.TryGetValue(col1, out var value))
            {
                continue;
            }

            // Looking up the rows of a range costs time even when they do not exist: that work is bounded too.
            scanned += row2 - row1 + 1;
            if ((long)(row2 - row1 + 1) * (col2 - col1 + 1) > MaxMergeCells || scanned > maxScan)
            {
                unfilled++;
                continue;
            }

            // Rows that exist only as part of the merge (cut by a limit, or empty but merged) are not created, and
            // each filled row costs the budget its new width: 20,000 merges of 9,999 cells stop at the budget.
            var rows = new List<Dictionary<int, string>>();
            var cost = 0;
            for (var r = row1; r <= row2; r++)
            {
                if (grid.TryGetValue(r, out var cells))
                {
                    rows.Add(cells);
                    cost += Math.Max(0, col2 + 1 - (cells.Keys.Max() + 1));
                }
            }

            if (!budget.TryTakeCells(cost))
            {
                unfilled++;
                continue;
            }

            foreach (var cells in rows)
            {
                for (var c = col1; c <= col2; c++)
                {
                    cells.TryAdd(c, value);
                }
            }
        }

        return unfilled;
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
