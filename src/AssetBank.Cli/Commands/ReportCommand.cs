using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Reuse;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank report reuse --by month|client|industry|team|producer [--from --to] [--csv F|--xlsx F]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create() => new("report", "管理层报表 / leadership reports") { Reuse() };

    private static Command Reuse()
    {
        var by = new Option<string>("--by") { Description = "month | client | industry | team | producer", DefaultValueFactory = _ => "month" };
        var from = new Option<string?>("--from") { Description = "项目日期起 yyyy-MM-dd（计划开始，或登记日）/ first project date" };
        var to = new Option<string?>("--to") { Description = "项目日期止 yyyy-MM-dd / last project date" };
        var csv = new Option<string?>("--csv") { Description = "导出分组表为 CSV / write the group table as CSV" };
        var xlsx = new Option<string?>("--xlsx") { Description = "导出全部为 XLSX / write every section as XLSX" };
        var command = new Command("reuse", "复用率与节省成本、门槛结果、最常复用、12 个月未复用、年度目标 / reuse figures") { by, from, to, csv, xlsx };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Enum.TryParse<ReportGrouping>(parse.GetValue(by), ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping))
            {
                await Console.Error.WriteLineAsync($"错误：--by '{parse.GetValue(by)}' 只能是 month、client、industry、team 或 producer");
                return 2;
            }

            var request = new ReuseReportRequest(grouping, Date(parse.GetValue(from), "--from"), Date(parse.GetValue(to), "--to"));
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<ReuseReports>().BuildAsync(request, cancellationToken);
            Print(report);
            if (parse.GetValue(csv) is { Length: > 0 } csvPath)
            {
                await ReuseReportExport.WriteCsvAsync(report, csvPath, cancellationToken);
                AnsiConsole.MarkupLine($"已导出 CSV: {ReusePrinter.Safe(Path.GetFullPath(csvPath))}");
            }

            if (parse.GetValue(xlsx) is { Length: > 0 } xlsxPath)
            {
                ReuseReportExport.WriteXlsx(report, xlsxPath);
                AnsiConsole.MarkupLine($"已导出 XLSX: {ReusePrinter.Safe(Path.GetFullPath(xlsxPath))}");
            }

            return 0;
        });
        return command;
    }

    private static void Print(ReuseReport report)
    {
        var table = new Table().AddColumn(report.Request.By.ToString().ToLowerInvariant()).AddColumn(new TableColumn("项目").RightAligned())
            .AddColumn(new TableColumn("计划成本").RightAligned()).AddColumn(new TableColumn("节省 (saved)").RightAligned())
            .AddColumn(new TableColumn("复用率 (cost)").RightAligned()).AddColumn(new TableColumn("按条目 (count)").RightAligned())
            .AddColumn("门槛 通过/豁免/未通过").AddColumn(new TableColumn("确认数").RightAligned());
        foreach (var row in report.Rows.Append(report.Total))
        {
            table.AddRow(
                ReusePrinter.Safe(row.Group),
                row.Projects.ToString(CultureInfo.InvariantCulture),
                ReusePrinter.Money(row.PlannedCost),
                ReusePrinter.Money(row.SavedCost),
                ReusePrinter.Percent(row.CostWeightedRate),
                ReusePrinter.Percent(row.CountBasedRate),
                string.Create(CultureInfo.InvariantCulture, $"{row.Passed} / {row.Overridden} / {row.Blocked}"),
                row.Confirmations.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[bold]最常复用 (most reused)[/]");
        foreach (var item in report.MostReused)
        {
            AnsiConsole.MarkupLine($"  {ReusePrinter.Safe(item.AssetKey)} {ReusePrinter.Safe(item.Part)} · {item.Projects.ToString(CultureInfo.InvariantCulture)} 个项目 · {item.Confirmations.ToString(CultureInfo.InvariantCulture)} 次 · {ReusePrinter.Money(item.SavedCost)}");
        }

        AnsiConsole.MarkupLine($"[bold]12 个月未复用 (never reused in 12 months)[/]: {report.NeverReusedCount.ToString(CultureInfo.InvariantCulture)} 项；最早的: {ReusePrinter.Safe(string.Join(", ", report.NeverReusedSample.Take(5)))}");
        var now = report.Trend.LastOrDefault(m => m.Saved > 0) ?? report.Trend[0];
        AnsiConsole.MarkupLine(
            $"[bold]{report.Year.ToString(CultureInfo.InvariantCulture)} 年度目标 (target)[/] {ReusePrinter.Money(report.AnnualTarget)}: 至 {now.Month:yyyy-MM} 累计节省 {ReusePrinter.Money(now.Cumulative)}，" +
            $"按月分摊目标 {ReusePrinter.Money(now.TargetToDate)}，达成 {ReusePrinter.Percent(now.Attainment)}；全年进度 {ReusePrinter.Percent(report.AnnualTarget > 0 ? report.Trend[^1].Cumulative / report.AnnualTarget : 0m)}");
    }

    private static DateOnly? Date(string? text, string option) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new ArgumentException($"{option} '{text}' is not a date (yyyy-MM-dd)");
}
