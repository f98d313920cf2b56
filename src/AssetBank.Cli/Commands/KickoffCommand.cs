using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Reuse;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank kickoff brief.yaml [--who NAME]</c>: the kickoff reuse report, with the gate verdict.</summary>
internal static class KickoffCommand
{
    public static Command Create()
    {
        var brief = new Argument<string>("brief") { Description = "项目简报 YAML/JSON 文件 / the project brief (YAML or JSON)" };
        var who = new Option<string?>("--who") { Description = "登记人（默认简报的 strategist）/ who registers the brief" };
        var fromCollection = new Option<string?>("--from-collection") { Description = "把素材篮中的素材与镜头作为候选（需 --who 可查看）/ offer a collection's assets and shots as candidates first" };
        var command = new Command("kickoff", "立项复用报告：每条交付物的候选素材、潜在与已确认复用率、门槛判定 / the kickoff reuse report") { brief, who, fromCollection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<KickoffProject>().RunAsync(parse.GetValue(brief)!, parse.GetValue(who), CliContext.Waiting, cancellationToken, parse.GetValue(fromCollection));
            Print(report);
            return 0;
        });
        return command;
    }

    public static void Print(KickoffReport report)
    {
        var brief = report.Project.Brief;
        AnsiConsole.MarkupLine($"[bold]{ReusePrinter.Safe(brief.Code)}[/] {ReusePrinter.Safe(brief.Name)} · 客户 {ReusePrinter.Safe(brief.Client)} · 团队 {ReusePrinter.Safe(brief.Team)} · 简报 v{report.Project.BriefVersion.ToString(CultureInfo.InvariantCulture)} · 价目表 {ReusePrinter.Safe(brief.RateCardVersion)}");
        AnsiConsole.MarkupLine($"四维目标 (target): {ReusePrinter.Safe(string.Join(" — ", brief.Target.Terms))}");
        if (report.SearchNote is { } note)
        {
            AnsiConsole.MarkupLine($"[yellow]注意[/]: {ReusePrinter.Safe(note)}");
        }

        foreach (var line in report.Lines)
        {
            AnsiConsole.WriteLine();
            var l = line.Line;
            AnsiConsole.MarkupLine(
                $"[bold]{ReusePrinter.Safe(l.Id)}[/] {ReusePrinter.Safe(line.Label)} × {l.Quantity.ToString(CultureInfo.InvariantCulture)} @ {ReusePrinter.Money(l.UnitCost)} = {ReusePrinter.Money(l.PlannedCost)}" +
                (l.UnitCostReason is { } reason ? $"（单价调整：{ReusePrinter.Safe(reason)}）" : string.Empty) +
                $" · 已确认 {ReusePrinter.Percent(line.ConfirmedShare)} · 潜在 {ReusePrinter.Percent(line.PotentialShare)}");
            if (l.Description is { } description)
            {
                AnsiConsole.MarkupLine($"  {ReusePrinter.Safe(description)}");
            }

            foreach (var link in line.Links)
            {
                var c = link.Confirmation;
                AnsiConsole.MarkupLine($"  [green]✓[/] #{link.Id.ToString(CultureInfo.InvariantCulture)} {ReusePrinter.Safe(c.AssetKey)}{Part(c.ShotIndex, c.StartSeconds, c.EndSeconds)} {ReusePrinter.Percent(link.Share)} · {ReusePrinter.Safe(c.Who)} {c.At:yyyy-MM-dd}");
            }

            if (line.Candidates.Count == 0)
            {
                AnsiConsole.MarkupLine("  （资产库中没有合适的候选 / no candidates in the bank）");
                continue;
            }

            var table = new Table().AddColumn("候选 (candidate)").AddColumn("时间码").AddColumn("匹配维度").AddColumn("命中词").AddColumn("版权").AddColumn(new TableColumn("可覆盖").RightAligned());
            foreach (var candidate in line.Candidates)
            {
                table.AddRow(
                    $"{ReusePrinter.Safe(candidate.GroupLabel)} {ReusePrinter.Safe(candidate.Key)}{(candidate.ShotIndex is { } shot ? " 镜头 " + shot.ToString(CultureInfo.InvariantCulture) : string.Empty)}\n[dim]{ReusePrinter.Safe(candidate.Title)}[/]",
                    ReusePrinter.Safe(candidate.TimeCode ?? "—"),
                    ReusePrinter.Safe(candidate.MatchedDimensions.Count == 0 ? "—" : string.Join(" ", candidate.MatchedDimensions)),
                    ReusePrinter.Safe(candidate.Words.Count == 0 ? "—" : string.Join(" ", candidate.Words)),
                    candidate.RightsGaps.Count == 0
                        ? ReusePrinter.Safe(candidate.Rights)
                        : $"[red]✗ 授权不覆盖，确认需豁免 (rights do not cover the brief; confirming needs a rights override): {ReusePrinter.Safe(string.Join("; ", candidate.RightsGaps))}[/]\n{ReusePrinter.Safe(candidate.Rights)}",
                    ReusePrinter.Percent(candidate.ProposedShare));
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"潜在复用率 (potential, if the candidates above were confirmed): [bold]{ReusePrinter.Percent(report.Potential.CostWeighted)}[/] · 按条目计 {ReusePrinter.Percent(report.Potential.CountBased)} · {ReusePrinter.Money(report.Potential.ReusedCost)}");
        ReusePrinter.Rates(report.Confirmed, report.Threshold, report.Outcome);
        if (report.GateChange is { } change)
        {
            AnsiConsole.MarkupLine($"门槛判定已记入台账 (gate decision recorded): {ReusePrinter.Safe(change)}");
        }
    }

    private static string Part(int? shot, double? start, double? end) =>
        shot is { } index
            ? $" 镜头 {index.ToString(CultureInfo.InvariantCulture)} {ReusePrinter.Safe(Core.Search.TimeCodes.Range(start, end))}"
            : start is null ? string.Empty : " " + ReusePrinter.Safe(Core.Search.TimeCodes.Range(start, end));
}
