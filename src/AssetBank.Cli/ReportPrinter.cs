using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Application.Ingesting;
using Spectre.Console;

namespace AssetBank.Cli;

internal static class ReportPrinter
{
    public static void PrintIngestion(IngestionReport report)
    {
        AnsiConsole.MarkupLine(
            $"[bold]入库完成[/] 列举 {report.Listed} · 新处理 {report.Processed} · 未变化 {report.Unchanged} · "
            + $"失败 {report.Failed} · 已删除 {report.Deleted} · 用时 {report.Elapsed.TotalSeconds:F1} 秒 · "
            + $"{report.ObjectsPerSecond:F1} 个/秒 · {report.MegabytesPerSecond:F1} MB/秒"
            + (report.TokensUsed > 0 ? $" · 模型用量 {report.TokensUsed} tokens" : string.Empty));
        if (report.ProcessedByKind.Count > 0)
        {
            var table = new Table().AddColumn("类型 (kind)").AddColumn(new TableColumn("本次处理").RightAligned());
            foreach (var (kind, count) in report.ProcessedByKind.OrderBy(p => p.Key))
            {
                table.AddRow($"{AssetKindNames.ToChinese(kind)} ({AssetKindNames.ToWire(kind)})", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
        }

        PrintStageTimes(report.StageTimes);
        PrintFailures(report.Failures);
    }

    /// <summary>Seconds per stage and kind (work summed over parallel items), the figures a capacity plan scales up.</summary>
    private static void PrintStageTimes(IReadOnlyList<StageTime> times)
    {
        if (times.Count == 0)
        {
            return;
        }

        var kinds = times.Select(t => t.Kind).Distinct().Order().ToList();
        var table = new Table().AddColumn("阶段 (stage)");
        foreach (var kind in kinds)
        {
            table.AddColumn(new TableColumn($"{AssetKindNames.ToChinese(kind)} 秒 (s)").RightAligned());
        }

        foreach (var stage in times.OrderBy(t => t.Position).Select(t => t.Stage).Distinct(StringComparer.Ordinal))
        {
            table.AddRow([Cell(stage), .. kinds.Select(k => times.FirstOrDefault(t => t.Stage == stage && t.Kind == k) is { } t
                ? t.Total.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)
                : "—")]);
        }

        AnsiConsole.MarkupLine("各阶段用时 (time by stage, summed over parallel work):");
        AnsiConsole.Write(table);
    }

    public static void PrintFailures(IReadOnlyList<IngestionFailure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("失败的对象 (key)").AddColumn("原因 (reason)");
        foreach (var failure in failures)
        {
            table.AddRow(Cell(failure.Key), Cell(failure.Reason));
        }

        AnsiConsole.Write(table);
    }

    public static void PrintSummary(CatalogSummary summary)
    {
        var table = new Table().AddColumn("类型 (kind)").AddColumn(new TableColumn("已入库").RightAligned());
        foreach (var kind in Enum.GetValues<AssetKind>().Where(k => k != AssetKind.Unknown))
        {
            table.AddRow($"{AssetKindNames.ToChinese(kind)} ({AssetKindNames.ToWire(kind)})", summary.ProcessedByKind.GetValueOrDefault(kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]合计[/]", $"[bold]{summary.Processed}[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"待处理 {summary.Pending} · 失败 {summary.Failed} · 已从存储删除 {summary.Deleted} · 已入库 {summary.ProcessedBytes / 1048576.0:F1} MB");
    }

    /// <summary>Text from objects or the catalog, as markup that shows every character and interprets none.</summary>
    internal static string Cell(string text) => Markup.Escape(TerminalText.Escape(text));
}
