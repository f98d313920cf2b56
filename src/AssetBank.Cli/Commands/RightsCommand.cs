using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Rights;
using AssetBank.Core.Rights;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank rights …</c>: usage terms per asset and shot — set, show, history, import, export, expiring.</summary>
internal static class RightsCommand
{
    /// <summary><c>rights expiring</c> found terms to act on (cron: mail the output).</summary>
    public const int ExitFound = 4;

    public static Command Create() => new("rights", "授权与使用条款：登记、查看、历史、导入导出、到期提醒 / rights and usage terms")
    {
        Set(),
        Show(),
        History(),
        RightsFileCommands.Import(),
        RightsFileCommands.Export(),
        Expiring(),
        RightsBlockedCommand.Create(),
    };

    private static Command Set()
    {
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var terms = RightsOptions.ForSet();
        var add = new Option<bool>("--add") { Description = "与已有条款并存，而非替换 / add beside the existing terms of the asset (or shot) instead of replacing them" };
        var who = new Option<string>("--who") { Description = "登记人 / who records the terms", Required = true };
        var command = new Command("set", "登记或修改授权条款（保留修改历史）/ record or replace the terms of an asset or a shot, with history") { key, add, who };
        foreach (var option in terms.All)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var request = new SetRightsRequest(parse.GetValue(key)!, terms.Read(parse), parse.GetValue(add), parse.GetValue(who)!);
            var change = await services.GetRequiredService<SetRights>().SetAsync(request, CliContext.Waiting, cancellationToken);
            RightsPrinter.PrintProblems(change.Warnings, "警告 (warning)", error: false);
            AnsiConsole.MarkupLine($"[green]已登记授权[/] {Markup.Escape(TerminalText.Escape(change.After.Key))}（{change.After.Grants.Count} 组条款 / sets of terms）");
            RightsPrinter.PrintGrants(change.After.Grants);
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var command = new Command("show", "查看资产的授权条款与到期状态 / show an asset's terms and expiry") { key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var view = await services.GetRequiredService<RightsQueries>().ShowAsync(parse.GetValue(key)!, cancellationToken);
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(TerminalText.Escape(view.Asset.Key))}[/]");
            RightsPrinter.PrintGrants(view.Rights.Grants);
            if (view.Badge is not null)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(view.Badge)}[/]");
            }

            return 0;
        });
        return command;
    }

    private static Command History()
    {
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var command = new Command("history", "授权修改历史：谁、何时、修改前后 / who changed the terms, when, before and after") { key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var view = await services.GetRequiredService<RightsQueries>().ShowAsync(parse.GetValue(key)!, cancellationToken);
            if (view.History.Count == 0)
            {
                AnsiConsole.MarkupLine("（无修改记录 / no changes recorded）");
                return 0;
            }

            foreach (var entry in view.History)
            {
                AnsiConsole.MarkupLine(Markup.Escape(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"#{entry.Id} {entry.At.ToLocalTime():yyyy-MM-dd HH:mm} {entry.Who} · {entry.Source} · 修改前 {entry.Before.Count} 组 → 修改后 {entry.After.Count} 组 (before → after)"))));
                AnsiConsole.MarkupLine("  修改前 (before):");
                RightsPrinter.PrintGrants(entry.Before);
                AnsiConsole.MarkupLine("  修改后 (after):");
                RightsPrinter.PrintGrants(entry.After);
            }

            return 0;
        });
        return command;
    }

    private static Command Expiring()
    {
        var days = new Option<int>("--days") { Description = "天数 / look this many days ahead (and back, for expired terms in use)", DefaultValueFactory = _ => 30 };
        var command = new Command(
            "expiring",
            $"即将到期与新近过期（在用项目）的授权；适合 cron：0 无、{ExitFound} 有待处理、1 错误、2 用法错误 / terms expiring within N days, and terms expired in the last N days of assets reused in active projects; exit 0 none, {ExitFound} found, 1 error, 2 usage")
        {
            days,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<RightsReports>().ExpiringAsync(parse.GetValue(days), cancellationToken);
            RightsPrinter.PrintExpiring(report.Expiring, string.Create(CultureInfo.InvariantCulture, $"{report.Days} 天内到期 (expiring by {report.Today.AddDays(report.Days):yyyy-MM-dd})"));
            RightsPrinter.PrintExpiring(report.ExpiredInUse, string.Create(CultureInfo.InvariantCulture, $"近 {report.Days} 天已过期且在用 (expired since {report.Today.AddDays(-report.Days):yyyy-MM-dd}, reused in active projects)"));
            return report.IsEmpty ? 0 : ExitFound;
        });
        return command;
    }
}
