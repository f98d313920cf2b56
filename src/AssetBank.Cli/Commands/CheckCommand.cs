using System.CommandLine;
using AssetBank.Application.Status;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank check</c>: SQLite's full integrity check, every asset's stored data, and the index's state.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "检查资产库文件与每个资产的数据、索引状态 / check the catalog file, every asset's stored data and the index");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var (catalog, lag, state) = await services.GetRequiredService<BankStatus>().CheckAsync(cancellationToken);
            foreach (var problem in catalog.DatabaseProblems)
            {
                AnsiConsole.MarkupLine($"[red]数据库损坏[/] (database damaged): {Markup.Escape(TerminalText.Escape(problem))}");
            }

            foreach (var (key, problem) in catalog.DamagedAssets)
            {
                AnsiConsole.MarkupLine($"[red]资产数据损坏[/] {Markup.Escape(TerminalText.Escape(key))}: {Markup.Escape(TerminalText.Escape(problem))}");
            }

            AnsiConsole.MarkupLine($"已检查 {catalog.AssetsChecked} 个资产 · 数据库问题 {catalog.DatabaseProblems.Count} · 损坏资产 {catalog.DamagedAssets.Count}");
            if (state.NeedsRebuild)
            {
                AnsiConsole.MarkupLine($"[yellow]搜索索引需要重建[/]: {Markup.Escape(TerminalText.Escape(state.Reason ?? string.Empty))}");
            }
            else if (lag > 0)
            {
                AnsiConsole.MarkupLine($"[yellow]搜索索引落后 {lag} 项变更[/]");
            }

            return catalog.IsHealthy && !state.NeedsRebuild ? 0 : 1;
        });
        return command;
    }
}
