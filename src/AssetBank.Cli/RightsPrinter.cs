using System.Globalization;
using AssetBank.Application.Rights;
using AssetBank.Core.Rights;
using Spectre.Console;

namespace AssetBank.Cli;

/// <summary>How the rights commands print terms, problems and reports.</summary>
internal static class RightsPrinter
{
    public static void PrintGrants(IReadOnlyList<RightsGrant> grants)
    {
        if (grants.Count == 0)
        {
            AnsiConsole.MarkupLine("（未登记授权 / no rights recorded）");
            return;
        }

        var table = new Table().AddColumn("范围 (scope)").AddColumn("权利人 (holder)").AddColumn("授权类型 (licence)").AddColumn("媒介 (media)")
            .AddColumn("地域 (territory)").AddColumn("期间 (period)").AddColumn("独家").AddColumn("限制/文件 (restrictions, documents)");
        foreach (var grant in grants)
        {
            var text = RightsGrantReader.Write(grant);
            var licence = grant.LicenceType is { } type ? LicenceTypes.ToChinese(type) : "—";
            if (grant.StockLibrary is not null || grant.LicenceId is not null)
            {
                licence += $" {grant.StockLibrary} {grant.LicenceId}".TrimEnd();
            }

            table.AddRow(
                Cell(grant.ShotIndex is { } shot ? string.Create(CultureInfo.InvariantCulture, $"镜头 {shot} (shot)") : "整体 (asset)"),
                Cell(grant.Holder),
                Cell(licence),
                Cell(text.Media),
                Cell(text.Territory),
                Cell($"{text.Start ?? "…"} – {text.End ?? "…"}"),
                Cell(grant.Exclusive ? "是" : "否"),
                Cell(string.Join(" · ", new[] { grant.Restrictions, text.Documents }.Where(s => !string.IsNullOrEmpty(s)))));
        }

        AnsiConsole.Write(table);
    }

    public static void PrintProblems(IReadOnlyList<RightsProblem> problems, string title, bool error)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"{title}: {TerminalText.Escape(problem.ToString())}");
        }

        if (problems.Count > 0 && error)
        {
            Console.Error.WriteLine($"共 {problems.Count} 处错误 (problems)");
        }
    }

    public static void PrintExpiring(IReadOnlyList<ExpiringTerms> rows, string title)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        if (rows.Count == 0)
        {
            AnsiConsole.MarkupLine("  （无 / none）");
            return;
        }

        var table = new Table().AddColumn("资产 (key)").AddColumn("镜头").AddColumn("权利人").AddColumn("授权类型").AddColumn("到期 (end)")
            .AddColumn(new TableColumn("剩余天数 (days)").RightAligned()).AddColumn("在用项目 (active projects)");
        foreach (var row in rows)
        {
            table.AddRow(
                Cell(row.Key),
                Cell(row.Grant.ShotIndex?.ToString(CultureInfo.InvariantCulture) ?? "—"),
                Cell(row.Grant.Holder),
                Cell(row.Grant.LicenceType is { } type ? LicenceTypes.ToChinese(type) : null),
                Cell(row.Grant.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Cell(row.DaysLeft.ToString(CultureInfo.InvariantCulture)),
                Cell(string.Join(", ", row.Projects)));
        }

        AnsiConsole.Write(table);
    }

    private static Markup Cell(string? text) => new(Markup.Escape(TerminalText.Escape(string.IsNullOrEmpty(text) ? "—" : text)));
}
