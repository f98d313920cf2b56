using System.CommandLine;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Status;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

internal static class StatusCommand
{
    public static Command Create()
    {
        var listWarnings = new Option<bool>("--warnings") { Description = "列出带警告入库的资产及警告 / list the assets processed with warnings, with the messages" };
        var command = new Command("status", "资产库概况、失败清单与索引状态 / catalog summary, failures and index state") { listWarnings };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<BankStatus>().GetAsync(cancellationToken);
            ReportPrinter.PrintSummary(report.Summary);
            AnsiConsole.MarkupLine(report.ProcessedWithWarnings == 0
                ? "带警告入库 0 (processed with warnings: 0)"
                : $"[yellow]带警告入库 {report.ProcessedWithWarnings}[/] (processed with warnings: {report.ProcessedWithWarnings}){(parse.GetValue(listWarnings) ? string.Empty : " — `assetbank status --warnings` 列出")}");
            if (parse.GetValue(listWarnings) && report.Warnings.Count > 0)
            {
                var table = new Table().AddColumn("资产 (key)").AddColumn("阶段").AddColumn("警告 (warning)");
                foreach (var warning in report.Warnings)
                {
                    table.AddRow(ReportPrinter.Cell(warning.Key), warning.Stage, ReportPrinter.Cell(warning.Message));
                }

                AnsiConsole.Write(table);
            }

            if (report.IndexState.NeedsRebuild)
            {
                AnsiConsole.MarkupLine($"[yellow]搜索索引需要重建[/] (the search index needs a rebuild): {Markup.Escape(TerminalText.Escape(report.IndexState.Reason ?? string.Empty))} — 下次写入或 `assetbank reindex` 时重建");
            }
            else if (report.IndexLag > 0)
            {
                AnsiConsole.MarkupLine($"[yellow]搜索索引落后 {report.IndexLag} 项变更[/] (the index lags the catalog by {report.IndexLag} changes; it catches up at the next ingest or search)");
            }
            else
            {
                AnsiConsole.MarkupLine("搜索索引与资产库一致 (the search index is current)");
            }

            ReportPrinter.PrintFailures(report.Failures.Select(a => new IngestionFailure(a.Key, a.FailureReason ?? string.Empty)).ToList());
            return 0;
        });
        return command;
    }
}
