using System.CommandLine;
using AssetBank.Application.Searching;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "从资产库重建搜索索引 / rebuild the search index from the catalog");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var reindex = services.GetRequiredService<ReindexAssets>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var last = TimeSpan.Zero;
            var progress = new Progress<int>(count =>
            {
                if (clock.Elapsed - last >= TimeSpan.FromSeconds(1))
                {
                    last = clock.Elapsed;
                    Console.Error.WriteLine($"已索引 {count} 篇文档 · {count / Math.Max(0.001, clock.Elapsed.TotalSeconds):F0} 篇/秒");
                }
            });
            var report = await reindex.RunAsync(progress, CliContext.Waiting, cancellationToken);
            AnsiConsole.MarkupLine($"[bold]索引重建完成[/] {report.Documents} 篇文档 · 用时 {clock.Elapsed.TotalSeconds:F1} 秒");
            foreach (var (key, problem) in report.DamagedAssets)
            {
                AnsiConsole.MarkupLine($"[red]未能索引[/] {Markup.Escape(TerminalText.Escape(key))}: {Markup.Escape(TerminalText.Escape(problem))}");
            }

            return report.DamagedAssets.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
