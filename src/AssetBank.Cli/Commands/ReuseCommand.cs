using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Reuse;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank reuse confirm|withdraw</c>: confirmed reuse links, appended to the ledger.</summary>
internal static class ReuseCommand
{
    public static Command Create() => new("reuse", "确认或撤回复用 / confirm or withdraw reuse")
    {
        Confirm(),
        Withdraw(),
    };

    private static Command Confirm()
    {
        var project = new Argument<string>("project") { Description = "项目代码 / project code" };
        var line = new Argument<string>("line") { Description = "交付物行 id / deliverable line id" };
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var shot = new Option<int?>("--shot") { Description = "镜头序号（0 起）/ shot index" };
        var start = new Option<string?>("--start") { Description = "时间段起点 mm:ss 或秒 / range start" };
        var end = new Option<string?>("--end") { Description = "时间段终点 mm:ss 或秒 / range end" };
        var share = new Option<string?>("--share") { Description = "覆盖该行的比例，如 40% 或 0.4（默认：一件，或影片时长）/ share of the line" };
        var who = new Option<string>("--who") { Description = "确认人 / who confirms", Required = true };
        var rightsApprover = new Option<string?>("--rights-approver") { Description = "授权不覆盖时批准复用的管理层（Reuse:Approvers）/ leadership approving reuse despite a rights gap" };
        var rightsReason = new Option<string?>("--rights-reason") { Description = "豁免理由 / why the rights gap is accepted" };
        var command = new Command("confirm", "确认某资产/镜头/时间段复用于某交付物行 / confirm a reuse") { project, line, key, shot, start, end, share, who, rightsApprover, rightsReason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ConfirmReuseRequest(
                parse.GetValue(project)!,
                parse.GetValue(line)!,
                parse.GetValue(key)!,
                parse.GetValue(shot),
                Seconds(parse.GetValue(start), "--start"),
                Seconds(parse.GetValue(end), "--end"),
                Share(parse.GetValue(share)),
                parse.GetValue(who)!)
            {
                RightsApprover = parse.GetValue(rightsApprover),
                RightsReason = parse.GetValue(rightsReason),
            };
            await using var services = CliContext.BuildServices(parse);
            var change = await services.GetRequiredService<ConfirmReuse>().ConfirmAsync(request, CliContext.Waiting, cancellationToken);
            ReusePrinter.Change(change, services.GetRequiredService<ReuseLedgerWrites>().Threshold);
            return 0;
        });
        return command;
    }

    private static Command Withdraw()
    {
        var project = new Argument<string>("project") { Description = "项目代码 / project code" };
        var entry = new Argument<long>("entry") { Description = "确认条目号（kickoff / project show 中的 #）/ the confirmation's ledger entry id" };
        var who = new Option<string>("--who") { Description = "撤回人 / who withdraws", Required = true };
        var reason = new Option<string?>("--reason") { Description = "原因 / why" };
        var command = new Command("withdraw", "撤回一条确认（追加新条目，原条目保留）/ withdraw a confirmation") { project, entry, who, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var change = await services.GetRequiredService<WithdrawReuse>().WithdrawAsync(parse.GetValue(project)!, parse.GetValue(entry), parse.GetValue(who)!, parse.GetValue(reason), CliContext.Waiting, cancellationToken);
            ReusePrinter.Change(change, services.GetRequiredService<ReuseLedgerWrites>().Threshold);
            return 0;
        });
        return command;
    }

    /// <summary><c>40%</c> or <c>0.4</c>.</summary>
    internal static decimal? Share(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (!decimal.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"--share '{text}' is not a share (40% or 0.4)");
        }

        return percent ? value / 100m : value;
    }

    /// <summary><c>83.5</c>, <c>01:23</c> or <c>1:02:05</c>.</summary>
    internal static double? Seconds(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var seconds = 0d;
        foreach (var part in text.Trim().Split(':'))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                throw new ArgumentException($"{option} '{text}' is not a time (mm:ss or seconds)");
            }

            seconds = (seconds * 60) + value;
        }

        return seconds;
    }
}
