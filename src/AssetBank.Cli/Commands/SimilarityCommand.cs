using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AssetBank.Application.Similarity;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>assetbank similarity match --references DIR --queries DIR --out matches.csv [--threshold 85]</c>: the batch check,
/// a stable contract for scripts. A video keyframe is named <c>path@mm:ss.t</c> in the CSV; picture rows are plain paths.
/// Exit codes: 0 done, 1 usage or input error, 2 done but some files could not be compared.
/// </summary>
internal static class SimilarityCommand
{
    public const string CsvHeader = "query_file,reference_file,similarity_percent";

    public static Command Create()
    {
        var references = new Option<string>("--references") { Description = "参考图库文件夹（递归）/ folder of reference pictures and videos (recursive)", Required = true };
        var queries = new Option<string>("--queries") { Description = "待查文件夹（递归）/ folder of pictures and videos to check (recursive)", Required = true };
        var output = new Option<string>("--out") { Description = "输出 CSV / output CSV file", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = "告警阈值 %（默认按配置，85）/ alarm above this percentage (default: configured, 85)" };
        var match = new Command("match", "批量比对两个文件夹 / compare every query picture or video keyframe with every reference picture or video keyframe")
        {
            references, queries, output, threshold,
        };
        match.SetAction(async (parse, cancellationToken) =>
        {
            var request = new FolderMatchRequest(parse.GetValue(references)!, parse.GetValue(queries)!, parse.GetValue(threshold));
            foreach (var folder in new[] { request.ReferencesFolder, request.QueriesFolder })
            {
                if (!Directory.Exists(folder))
                {
                    await Console.Error.WriteLineAsync($"错误：找不到文件夹 '{TerminalText.Escape(folder)}' (no such folder)");
                    return 1;
                }
            }

            if (request.ThresholdPercent is { } t && (t is < 0 or > 100 || double.IsNaN(t)))
            {
                await Console.Error.WriteLineAsync("错误：--threshold 必须在 0 到 100 之间 (must be a percentage 0–100)");
                return 1;
            }

            await using var services = CliContext.BuildServices(parse);
            var report = await services.GetRequiredService<MatchFolders>().RunAsync(request, new FolderProgressLine(), cancellationToken);
            await WriteCsvAsync(parse.GetValue(output)!, report.Matches, cancellationToken);
            await PrintSummaryAsync(report);
            return report.Problems.Count > 0 ? 2 : 0;
        });
        return new Command("similarity", "版权相似度 / copyright similarity") { match };
    }

    internal static async Task WriteCsvAsync(string path, IReadOnlyList<FolderMatch> matches, CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(CsvHeader).Append('\n');
        foreach (var m in matches)
        {
            text.Append(Csv(m.QueryFile)).Append(',').Append(Csv(m.ReferenceFile)).Append(',')
                .Append(m.SimilarityPercent.ToString("0.0", CultureInfo.InvariantCulture)).Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken);
    }

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task PrintSummaryAsync(FolderMatchReport report)
    {
        var error = Console.Error;
        var threshold = report.ThresholdPercent.ToString("0.#", CultureInfo.InvariantCulture);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"参考 {report.References} · 待查 {report.Queries} · 列出 {report.Matches.Count} 对 (≥ 50 %) · 告警 {report.Alarms.Count} 对 (> {threshold} %) · 无法比对 {report.Problems.Count} · {report.Elapsed.TotalSeconds:0.0} s"));
        foreach (var alarm in report.Alarms)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"告警 (alarm) {alarm.SimilarityPercent:0.0} %: {TerminalText.Escape(alarm.QueryFile)} ≈ {TerminalText.Escape(alarm.ReferenceFile)}"));
        }

        foreach (var problem in report.Problems)
        {
            await error.WriteLineAsync($"无法比对 (not compared) {problem.Side}/{TerminalText.Escape(problem.RelativePath)}: {TerminalText.Escape(problem.Problem)}");
        }
    }
}
