using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Reuse;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank project show|ledger|override</c>: a registered project, its ledger, and leadership's override.</summary>
internal static class ProjectCommand
{
    public static Command Create() => new("project", "项目：复用报告、台账、豁免 / projects: report, ledger, override")
    {
        Show(),
        Ledger(),
        Override(),
    };

    private static Command Show()
    {
        var project = new Argument<string>("project") { Description = "项目代码 / project code" };
        var command = new Command("show", "复用报告（不写入）/ the kickoff report of a registered project, read-only") { project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            KickoffCommand.Print(await services.GetRequiredService<KickoffProject>().ShowAsync(parse.GetValue(project)!, cancellationToken));
            return 0;
        });
        return command;
    }

    private static Command Ledger()
    {
        var project = new Argument<string>("project") { Description = "项目代码 / project code" };
        var command = new Command("ledger", "复用台账（只追加）/ the project's append-only reuse ledger") { project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<KickoffProject>().ShowAsync(parse.GetValue(project)!, cancellationToken);
            var table = new Table().AddColumn("#").AddColumn("时间 (UTC)").AddColumn("动作").AddColumn("人").AddColumn("行").AddColumn("资产").AddColumn("前 → 后").AddColumn("原因");
            foreach (var e in report.Project.Entries)
            {
                table.AddRow(
                    e.Id.ToString(CultureInfo.InvariantCulture) + (e.RefersTo is { } refers ? $" (→#{refers.ToString(CultureInfo.InvariantCulture)})" : string.Empty),
                    e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    e.Action.ToString(),
                    ReusePrinter.Safe(e.Role is null ? e.Who : $"{e.Who} ({e.Role})"),
                    ReusePrinter.Safe(e.LineId),
                    ReusePrinter.Safe(e.AssetKey) + (e.ShotIndex is { } shot ? " 镜头 " + shot.ToString(CultureInfo.InvariantCulture) : string.Empty),
                    ReusePrinter.Safe(e.Before ?? "—") + " → " + ReusePrinter.Safe(e.After ?? "—"),
                    ReusePrinter.Safe(e.Reason));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Override()
    {
        var project = new Argument<string>("project") { Description = "项目代码 / project code" };
        var approver = new Option<string>("--approver") { Description = "批准人（须在 Reuse:Approvers 中，角色 leadership）/ approver", Required = true };
        var reason = new Option<string>("--reason") { Description = "理由 / why the project may start below the gate", Required = true };
        var command = new Command("override", "管理层豁免：低于门槛仍可启动 / leadership lets a project below the gate start") { project, approver, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var change = await services.GetRequiredService<OverrideGate>().OverrideAsync(parse.GetValue(project)!, parse.GetValue(approver)!, parse.GetValue(reason)!, CliContext.Waiting, cancellationToken);
            ReusePrinter.Change(change, services.GetRequiredService<ReuseLedgerWrites>().Threshold);
            return 0;
        });
        return command;
    }
}
