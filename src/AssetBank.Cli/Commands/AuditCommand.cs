using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank audit</c>: the newest entries of the audit trail (who, when, what).</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var who = new Option<string?>("--who") { Description = "只看某人 / only this person's entries" };
        var limit = new Option<int>("--limit") { Description = "条数 / how many", DefaultValueFactory = _ => 50 };
        var command = new Command("audit", "操作审计记录 / the audit trail of writes") { who, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var entries = await services.GetRequiredService<AuditLog>().ListAsync(parse.GetValue(limit), parse.GetValue(who), cancellationToken);
            var table = new Table().AddColumns("时间", "谁", "操作", "对象", "结果", "说明");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(TerminalText.Escape(e.Who)),
                    Markup.Escape(TerminalText.Escape(e.Action)),
                    Markup.Escape(TerminalText.Escape(e.Target ?? "—")),
                    Markup.Escape(e.Outcome),
                    Markup.Escape(TerminalText.Escape(e.Detail ?? string.Empty)));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
