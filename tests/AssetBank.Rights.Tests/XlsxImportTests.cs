using System.Globalization;
using AssetBank.Application.Rights;
using AssetBank.Core.Catalog;
using AssetBank.Core.Rights;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.Rights.Tests;

public sealed class XlsxImportTests
{
    [Fact]
    public async Task A_workbook_with_chinese_headers_and_date_cells_imports_like_a_csv()
    {
        await using var bank = await RightsBank.CreateAsync(("copy/a.txt", "母婴 新手爸爸 文案"));
        var path = Path.Combine(bank.Root, "rights.xlsx");
        Write(path,
            ["资产", "权利人", "授权类型", "媒介", "地域", "开始日期", "结束日期"],
            ["copy/a.txt", "视觉中国", "图库RM", "电视、OTT", "中国大陆", "二〇二六年一月", new DateOnly(2027, 6, 30)]);

        var report = await bank.Get<ImportRights>().ImportAsync(path, "王法务", null, CancellationToken.None);

        Assert.True(report.Applied, string.Join("; ", report.Problems));
        var asset = await bank.Get<IAssetReader>().FindByKeyAsync("copy/a.txt", CancellationToken.None);
        var grant = (await bank.Get<IRightsStore>().GetAsync(asset!.Id, CancellationToken.None))!.Grants.Single();
        Assert.Equal((LicenceType.StockRightsManaged, new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30)), (grant.LicenceType!.Value, grant.Start!.Value, grant.End!.Value));
        Assert.Equal(["tv", "ott"], grant.Media);
    }

    // Text as inline strings; a DateOnly as an Excel serial number in a cell with the built-in date format 14.
    private static void Write(string path, params object[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{r + 1}");
                row.Append(rows[r][c] is DateOnly date
                    ? new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)rows[r][c])) });
            }

            data.Append(row);
        }

        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "授权" }));
        workbook.Workbook.Save();
    }
}
