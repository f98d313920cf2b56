using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.Extraction.Tests.Files;

/// <summary>
/// Writes workbooks for tests with the Open XML SDK: text in the shared-string table, numbers with built-in formats,
/// merged ranges. (ClosedXML 0.95.4 throws InvalidProgramException in XLWorkbook's type initializer on .NET 10.)
/// </summary>
public sealed class XlsxWriter
{
    private static readonly uint[] Formats = [0, 3, 10, 22];

    private readonly List<(string Name, XlsxCell?[][] Rows, string[] Merges, bool Hidden)> _sheets = [];

    public string? CoreTitle { get; init; }

    public XlsxWriter Sheet(string name, XlsxCell?[][] rows, params string[] merges)
    {
        _sheets.Add((name, rows, merges, false));
        return this;
    }

    public XlsxWriter HiddenSheet(string name, XlsxCell?[][] rows)
    {
        _sheets.Add((name, rows, [], true));
        return this;
    }

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        if (CoreTitle is not null)
        {
            document.PackageProperties.Title = CoreTitle;
        }

        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var stylesPart = workbook.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(Formats.Select(f => new CellFormat { NumberFormatId = f, ApplyNumberFormat = f != 0 })));
        stylesPart.Stylesheet.Save();

        var strings = new List<string>();
        var sheets = new Sheets();
        uint sheetId = 1;
        foreach (var (name, rows, merges, hidden) in _sheets)
        {
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is not { } cell)
                    {
                        continue;
                    }

                    var reference = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{r + 1}");
                    if (cell.Text is { } text)
                    {
                        var index = strings.IndexOf(text);
                        if (index < 0)
                        {
                            index = strings.Count;
                            strings.Add(text);
                        }

                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) });
                    }
                    else
                    {
                        row.Append(new Cell
                        {
                            CellReference = reference,
                            CellValue = new CellValue(cell.Number!.Value.ToString("R", CultureInfo.InvariantCulture)),
                            StyleIndex = (uint)Array.IndexOf(Formats, cell.Format),
                        });
                    }
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (merges.Length > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = worksheet;
            part.Worksheet.Save();
            sheets.Append(new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = sheetId++,
                Name = name,
                State = hidden ? SheetStateValues.Hidden : null,
            });
        }

        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
        shared.SharedStringTable.Save();
        workbook.Workbook.Append(sheets);
        workbook.Workbook.Save();
    }
}
