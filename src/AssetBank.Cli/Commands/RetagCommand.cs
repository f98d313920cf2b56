using System.CommandLine;
using AssetBank.Application.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

internal static class RetagCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "全部重打（默认只重打分类表版本或标签器变化的）/ redo every asset" };
        var command = new Command("retag", "按当前分类表重打标签，人工修改保留 / re-tag with the current taxonomy; human edits survive") { all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var retag = services.GetRequiredService<RetagAssets>();
            var progress = new Progress<(int Done, int Total)>(p =>
            {
                if (p.Done == p.Total || p.Done % 50 == 0)
                {
                    Console.Error.WriteLine($"重打标签 {p.Done}/{p.Total}");
                }
            });
            var report = await retag.RunAsync(parse.GetValue(all), progress, CliContext.Waiting, cancellationToken);
            AnsiConsole.MarkupLine($"[bold]重打标签完成[/] 共 {report.Considered} · 重打 {report.Retagged} · 已是最新 {report.Current} · 用量 {report.TotalTokens} tokens");
            return 0;
        });
        return command;
    }
}
