using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.Application.Reuse;

/// <summary>Writes a reuse report as CSV (the group table) or XLSX (one sheet per section), for leadership's spreadsheets.</summary>
public static class ReuseReportExport
{
    private static readonly string[] Header =
    [
        "group", "projects", "planned_cost_cny", "saved_cost_cny", "cost_weighted_rate", "count_based_rate", "passed", "overridden", "blocked", "confirmations",
    ];

    /// <summary>UTF-8 with a BOM so that Excel opens the Chinese names correctly; the total is the last row.</summary>
    public static async Task WriteCsvAsync(ReuseReport report, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Header));
        foreach (var row in report.Rows.Append(report.Total))
        {
            text.AppendLine(string.Join(",", Values(row).Select(v => Csv(v))));
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);
    }

    public static void WriteXlsx(ReuseReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddSheet(workbook, "复用率 " + report.Request.By.ToString().ToLowerInvariant(), Header, report.Rows.Append(report.Total).Select(Values));
        AddSheet(workbook, "最常复用", ["asset_key", "part", "projects", "confirmations", "saved_cost_cny"],
            report.MostReused.Select(i => new object?[] { i.AssetKey, i.Part, i.Projects, i.Confirmations, i.SavedCost }));
        AddSheet(workbook, "12个月未复用", ["asset_key"], report.NeverReusedSample.Select(k => new object?[] { k })
            .Append([$"共 {report.NeverReusedCount.ToString(CultureInfo.InvariantCulture)} 项 (total)"]));
        AddSheet(workbook, "年度目标 " + report.Year.ToString(CultureInfo.InvariantCulture), ["month", "saved_cny", "cumulative_cny", "target_to_date_cny", "attainment"],
            report.Trend.Select(m => new object?[] { m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Saved, m.Cumulative, m.TargetToDate, decimal.Round(m.Attainment, 4) }));
        workbook.Workbook.Save();
    }

    private static object?[] Values(ReuseReportRow row) =>
    [
        row.Group, row.Projects, row.PlannedCost, row.SavedCost, decimal.Round(row.CostWeightedRate, 4), decimal.Round(row.CountBasedRate, 4),
        row.Passed, row.Overridden, row.Blocked, row.Confirmations,
    ];

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(new Row(header.Select(h => TextCell(h))));
        foreach (var values in rows)
        {
            data.Append(new Row(values.Select(Cell)));
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = name,
        });
    }

    private static Cell Cell(object? value) => value switch
    {
        decimal number => new Cell { CellValue = new CellValue(number), DataType = CellValues.Number },
        int number => new Cell { CellValue = new CellValue(number), DataType = CellValues.Number },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static Cell TextCell(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    internal static string Csv(object? value)
    {
        var text = value switch
        {
            decimal number => number.ToString("0.############", CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        // A client named "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
        if (value is string && text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
