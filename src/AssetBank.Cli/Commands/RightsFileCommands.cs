using System.CommandLine;
using AssetBank.Application.Rights;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>rights import FILE</c> and <c>rights export FILE</c>.</summary>
internal static class RightsFileCommands
{
    public static Command Import()
    {
        var file = new Argument<string>("file") { Description = "CSV 或 XLSX 授权清单 / a CSV or XLSX rights list" };
        var who = new Option<string?>("--who") { Description = "导入人（默认当前用户）/ who imports (default: the OS user)" };
        var command = new Command("import", "批量导入授权（整个文件要么全部导入要么全部不导入）/ import rights in bulk; all or nothing per file") { file, who };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"错误：找不到文件 '{TerminalText.Escape(path)}' (no such file)");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<ImportRights>().ImportAsync(path, parse.GetValue(who) ?? Environment.UserName, CliContext.Waiting, cancellationToken);
            RightsPrinter.PrintProblems(report.Warnings, "警告 (warning)", error: false);
            if (report.Problems.Count > 0)
            {
                RightsPrinter.PrintProblems(report.Problems, $"错误 (error) {Path.GetFileName(path)}", error: true);
                await Console.Error.WriteLineAsync("未导入任何条款 (nothing was imported; fix the rows above and import the file again)");
                return 1;
            }

            AnsiConsole.MarkupLine($"[green]已导入[/] {report.Rows} 行：{report.Assets.Count} 个资产的 {report.Grants} 组条款 (rows; terms of assets replaced)");
            return 0;
        });
        return command;
    }

    public static Command Export()
    {
        var file = new Argument<string>("file") { Description = "输出 CSV / the CSV to write" };
        var command = new Command("export", "导出全部授权为 CSV（可再导入）/ export all terms as CSV that imports back unchanged") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var path = parse.GetValue(file)!;
            var rows = await services.GetRequiredService<ExportRights>().ExportAsync(path, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已导出[/] {rows} 行 → {Markup.Escape(TerminalText.Escape(path))}");
            return 0;
        });
        return command;
    }
}
