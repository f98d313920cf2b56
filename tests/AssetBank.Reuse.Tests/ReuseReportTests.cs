using AssetBank.Application.Reuse;
using AssetBank.Core.Reuse;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.Reuse.Tests;

public sealed class ReuseReportTests : TempFolder
{
    [Fact]
    public async Task The_report_groups_projects_and_counts_saved_cost_gate_outcomes_and_most_reused_items()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        await stack.RegisterAsync(ReuseStack.Brief("BEIBEI-2026-MILK", "贝贝乳业", new DateOnly(2026, 8, 3)));
        await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 1);
        await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 2);
        await stack.ConfirmAsync("kv", FakeAssets.Poster);
        await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 1, code: "BEIBEI-2026-MILK");
        await stack.Override.OverrideAsync("BEIBEI-2026-MILK", "张总", "新客户试单", null, CancellationToken.None);

        var report = await stack.Reports.BuildAsync(new ReuseReportRequest(ReportGrouping.Client, To: new DateOnly(2026, 12, 31)), CancellationToken.None);

        var anzhi = report.Rows.Single(r => r.Group == "安稚");
        Assert.Equal((1, 315_000m, 111_000m, 1, 0, 0), (anzhi.Projects, anzhi.PlannedCost, decimal.Round(anzhi.SavedCost, 2), anzhi.Passed, anzhi.Overridden, anzhi.Blocked));
        var beibei = report.Rows.Single(r => r.Group == "贝贝乳业");
        Assert.Equal((48_000m, 0, 1), (decimal.Round(beibei.SavedCost, 2), beibei.Passed, beibei.Overridden));
        Assert.Equal(159_000m, decimal.Round(report.Total.SavedCost, 2));
        var top = report.MostReused[0];
        Assert.Equal((FakeAssets.Tvc, "镜头 1 00:03–00:09", 2, 2), (top.AssetKey, top.Part, top.Projects, top.Confirmations));
        Assert.Equal(0, report.NeverReusedCount);
        Assert.Equal(2026, report.Year);
        Assert.Equal(111_000m, decimal.Round(report.Trend[6].Saved, 2));
        Assert.Equal(159_000m, decimal.Round(report.Trend[7].Cumulative, 2));
        Assert.Equal(2_800_000m, report.Trend[7].TargetToDate);
    }

    [Fact]
    public async Task By_month_with_from_and_to_keeps_only_projects_dated_inside()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        await stack.RegisterAsync(ReuseStack.Brief("BEIBEI-2026-MILK", "贝贝乳业", new DateOnly(2026, 8, 3)));

        var report = await stack.Reports.BuildAsync(new ReuseReportRequest(ReportGrouping.Month, new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31)), CancellationToken.None);

        Assert.Equal("2026-08", Assert.Single(report.Rows).Group);
        Assert.Equal(1, report.Total.Blocked);
        Assert.Equal(1, report.NeverReusedCount > 0 ? 1 : 0);
    }

    [Fact]
    public async Task CSV_and_XLSX_exports_carry_the_same_figures_and_keep_formula_like_names_as_text()
    {
        using var stack = Stack();
        await stack.RegisterAsync(ReuseStack.Brief(client: "=HYPERLINK(\"x\")"));
        await stack.ConfirmAsync("kv", FakeAssets.Poster);
        var report = await stack.Reports.BuildAsync(new ReuseReportRequest(ReportGrouping.Client), CancellationToken.None);
        var csv = Path.Combine(Folder, "reuse.csv");
        var xlsx = Path.Combine(Folder, "reuse.xlsx");

        await ReuseReportExport.WriteCsvAsync(report, csv, CancellationToken.None);
        ReuseReportExport.WriteXlsx(report, xlsx);

        var lines = await File.ReadAllLinesAsync(csv);
        Assert.StartsWith("group,projects,planned_cost_cny,saved_cost_cny", lines[0], StringComparison.Ordinal);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",1,315000,15000,0.0476,0.1111,0,0,1,1", lines[1]);
        Assert.StartsWith("合计 (total),1,315000,15000", lines[2], StringComparison.Ordinal);

        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["复用率 client", "最常复用", "12个月未复用", $"年度目标 {report.Year}"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var first = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var row = first.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal("=HYPERLINK(\"x\")", row[0].InlineString!.InnerText);
        Assert.Equal(15000m, decimal.Parse(row[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GateOutcome.Blocked, (await stack.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!.Outcome(0.30m));
    }
}
