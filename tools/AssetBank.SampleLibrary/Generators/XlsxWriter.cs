using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Writes the KOL sheet with the Open XML SDK: a merged, bold title row, a bold grey header row, then data
/// rows whose text goes to the shared-string table and whose numbers carry an Excel number format.
/// (ClosedXML 0.95.4, the version in Directory.Packages.props, fails at run time against Open XML SDK 3.x.)
/// </summary>
internal static class XlsxWriter
{
    private const uint StyleTitle = 1;
    private const uint StyleHeader = 2;
    private const uint StyleThousands = 3;
    private const uint StylePercent = 4;
    private const uint StyleInteger = 5;
    private const uint PercentFormatId = 164;

    public static void Write(string path, string sheetName, string title, IReadOnlyList<string> columns, IReadOnlyList<KolRow> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "AssetBank.SampleLibrary";
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();

        var strings = new SharedStrings();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        stylesPart.Stylesheet.Save();

        var data = new SheetData();
        var titleRow = new Row { RowIndex = 1 };
        titleRow.Append(TextCell("A1", title, strings, StyleTitle));
        data.Append(titleRow);

        var headerRow = new Row { RowIndex = 2 };
        for (var c = 0; c < columns.Count; c++)
        {
            headerRow.Append(TextCell(Reference(c, 2), columns[c], strings, StyleHeader));
        }

        data.Append(headerRow);
        for (var r = 0; r < rows.Count; r++)
        {
            var index = (uint)(r + 3);
            var row = rows[r];
            var excelRow = new Row { RowIndex = index };
            excelRow.Append(
                TextCell(Reference(0, index), row.Spec.Nickname, strings, 0),
                TextCell(Reference(1, index), row.Spec.Platform, strings, 0),
                NumberCell(Reference(2, index), row.Followers, strings),
                TextCell(Reference(3, index), row.Spec.Vertical, strings, 0),
                NumberCell(Reference(4, index), row.PriceImage, strings),
                NumberCell(Reference(5, index), row.PriceVideo, strings),
                NumberCell(Reference(6, index), row.Engagement, strings),
                TextCell(Reference(7, index), row.BrandsText, strings, 0));
            data.Append(excelRow);
        }

        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var widths = new Columns(
            new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true },
            new Column { Min = 2, Max = 7, Width = 13, CustomWidth = true },
            new Column { Min = 8, Max = 8, Width = 24, CustomWidth = true });
        var merge = new MergeCells(new MergeCell { Reference = $"A1:{Reference(columns.Count - 1, 1)}" });
        worksheetPart.Worksheet = new Worksheet(widths, data, merge);
        worksheetPart.Worksheet.Save();

        var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
        sharedPart.SharedStringTable = strings.Table;
        sharedPart.SharedStringTable.Save();

        workbookPart.Workbook.Append(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart),
            SheetId = 1,
            Name = sheetName,
        }));
        workbookPart.Workbook.Save();
    }

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell NumberCell(string reference, AgencyNumber? number, SharedStrings strings)
    {
        if (number is not { Numeric: true })
        {
            return TextCell(reference, number?.Text ?? KolRow.Negotiable, strings, 0);
        }

        var style = number.NumberFormat switch
        {
            "#,##0" => StyleThousands,
            "0.0%" => StylePercent,
            "0" => StyleInteger,
            _ => throw new InvalidOperationException($"No cell style for number format '{number.NumberFormat}'."),
        };
        return new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(number.Value.ToString(CultureInfo.InvariantCulture)),
            StyleIndex = style,
        };
    }

    /// <summary>An A1 reference for a 0-based column (up to Z) and a 1-based row.</summary>
    private static string Reference(int column, uint row) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + column)}{row}");

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" });
        // Built-in number formats: 1 is "0", 3 is "#,##0".
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { FontId = 2, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = PercentFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true });
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), cellFormats);
    }
}
