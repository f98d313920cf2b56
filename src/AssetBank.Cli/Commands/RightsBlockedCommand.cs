using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Rights;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank rights blocked [--months N]</c>: reuse stopped by rights, per month.</summary>
internal static class RightsBlockedCommand
{
    public static Command Create()
    {
        var months = new Option<int>("--months") { Description = "最近几个月 / how many months back", DefaultValueFactory = _ => 12 };
        var command = new Command("blocked", "每月因授权被拒的复用与管理层豁免 / reuse refused by rights, and overridden by leadership, per month") { months };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var rows = await services.GetRequiredService<RightsReports>().BlockedByMonthAsync(parse.GetValue(months), cancellationToken);
            var table = new Table().AddColumns("月份", "因授权被拒", "管理层豁免", "被拒素材（部分）");
            foreach (var row in rows)
            {
                table.AddRow(row.Month, row.Blocked.ToString(CultureInfo.InvariantCulture), row.Overridden.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(TerminalText.Escape(string.Join(", ", row.BlockedAssets))));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
