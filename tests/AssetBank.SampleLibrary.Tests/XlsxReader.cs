using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>Reads the first sheet of a workbook into cells by A1 reference, resolving shared strings and number formats.</summary>
internal static class XlsxReader
{
    public static (string SheetName, IReadOnlyDictionary<string, XlsxCell> Cells, IReadOnlyList<string> Merged) Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];

        var cells = new Dictionary<string, XlsxCell>(StringComparer.Ordinal);
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            var raw = cell.CellValue?.Text;
            var formatId = cell.StyleIndex is { } style ? formats[(int)style.Value].NumberFormatId?.Value ?? 0 : 0;
            var code = codes.TryGetValue(formatId, out var c) ? c : null;
            cells[cell.CellReference!.Value!] = cell.DataType?.Value == CellValues.SharedString
                ? new XlsxCell(strings[int.Parse(raw!, CultureInfo.InvariantCulture)], null, formatId, code)
                : new XlsxCell(null, raw is null ? null : decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture), formatId, code);
        }

        var merged = worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()).Select(m => m.Reference!.Value!).ToList();
        return (sheet.Name!.Value!, cells, merged);
    }
}
