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
        var command = new Command("status", "资产库概况、失败清单与索引状态 / catalog summary, failures and index state");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<BankStatus>().GetAsync(cancellationToken);
            ReportPrinter.PrintSummary(report.Summary);
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
