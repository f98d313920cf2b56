using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Similarity;
using AssetBank.Core.Search;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank alarms list|show|approve|reject|check</c>: copyright alarms and their review.</summary>
internal static class AlarmsCommand
{
    public static Command Create() => new("alarms", "版权告警：列表、详情、审核 / copyright alarms and their review")
    {
        List(), Show(), Decide("approve", AlarmStatus.Approved), Decide("reject", AlarmStatus.Rejected), Check(),
    };

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "open|approved|rejected|all（默认 open）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：每条告警的全部记录 / every alarm as recorded, as JSON" };
        var command = new Command("list", "列出告警 / list alarms") { status, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(status) ?? "open";
            AlarmStatus? wanted = text.Equals("all", StringComparison.OrdinalIgnoreCase) ? null
                : Enum.TryParse<AlarmStatus>(text, ignoreCase: true, out var parsed) ? parsed : throw new ArgumentException($"--status '{text}' is not open, approved, rejected or all");
            await using var services = CliContext.BuildServices(parse);
            var alarms = await services.GetRequiredService<ReviewAlarms>().ListAsync(wanted, 500, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(AlarmsJson.Write(alarms));
                return 0;
            }

            var table = new Table().AddColumns("ID", "素材", "位置", "相似度", "参考库 / 条目", "授权", "状态");
            foreach (var a in alarms)
            {
                table.AddRow(
                    a.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(TerminalText.Escape(a.AssetKey)) + (a.AiGenerated ? " [yellow](AI)[/]" : string.Empty),
                    Markup.Escape(Where(a)),
                    a.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%",
                    Markup.Escape(TerminalText.Escape($"{a.Library} / {a.ReferenceItem}")),
                    Markup.Escape(TerminalText.Escape(a.Licence)),
                    a.Status.ToString());
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"共 {alarms.Count} 条");
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "告警 ID" };
        var command = new Command("show", "告警详情 / one alarm") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var a = await services.GetRequiredService<ReviewAlarms>().GetAsync(parse.GetValue(id), cancellationToken)
                ?? throw new ArgumentException($"alarm {parse.GetValue(id)} does not exist");
            Console.WriteLine($"告警 {a.Id}: {a.AssetKey} {Where(a)} ≈ {a.Library}/{a.ReferenceItem} {a.Percent.ToString("0.0", CultureInfo.InvariantCulture)}%{(a.Mirrored ? " (mirrored)" : string.Empty)}");
            Console.WriteLine($"授权 (licence): {a.Licence} · 状态 (status): {a.Status}{(a.DecidedBy is null ? string.Empty : $" by {a.DecidedBy}: {a.Reason}")}");
            if (a.QueryRegion is { } q && a.ReferenceRegion is { } r)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"匹配区域 (matched region): item {q.X:P0},{q.Y:P0} {q.Width:P0}×{q.Height:P0} · reference {r.X:P0},{r.Y:P0} {r.Width:P0}×{r.Height:P0}"));
            }

            WritePassages(a.Passages);

            return 0;
        });
        return command;
    }

    private static Command Decide(string verb, AlarmStatus decision)
    {
        var id = new Argument<long>("id") { Description = "告警 ID" };
        var reason = new Option<string>("--reason") { Description = "理由（必填）/ reason", Required = true };
        var who = new Option<string>("--who") { Description = "审核人 / reviewer", Required = true };
        var command = new Command(verb, decision == AlarmStatus.Approved ? "批准使用（如已授权）/ approve: the use is allowed" : "驳回：不得使用 / reject: must not ship")
        {
            id, reason, who,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var a = await services.GetRequiredService<ReviewAlarms>().DecideAsync(parse.GetValue(id), decision, parse.GetValue(who)!, parse.GetValue(reason)!, cancellationToken);
            AnsiConsole.MarkupLine($"[green]告警 {a.Id} → {a.Status}[/]");
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var command = new Command("check", "立即与参考库比对（导入参考库后）/ check the bank against the libraries now");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            await services.GetRequiredService<RecheckCopyright>().RunAsync(CliContext.Waiting, cancellationToken);
            var open = await services.GetRequiredService<ReviewAlarms>().ListAsync(AlarmStatus.Open, 100_000, cancellationToken);
            AnsiConsole.MarkupLine($"比对完成 · 未处理告警 {open.Count} 条 (open alarms)");
            return 0;
        });
        return command;
    }

    /// <summary>Where the item matched and, for a time-aligned match (a reference video or track), where in the reference.</summary>
    private static string Where(CopyrightAlarm alarm)
    {
        var item = alarm switch
        {
            { Modality: "video", ShotIndex: { } first } => $"镜头 {Shots(first, alarm.LastShotIndex)} ({TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)})",
            { ShotIndex: { } shot } => $"镜头 {shot + 1} ({TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)})",
            { Modality: "copy" } => "文案 (copy)",
            { Modality: "audio" } => $"音频 (audio) {TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)}",
            { StartSeconds: not null, EndSeconds: not null } => TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)!,
            _ => "整图",
        };
        var where = TimeCodes.Range(alarm.ReferenceStartSeconds, alarm.ReferenceEndSeconds) is { } reference
            ? $"{item} ↔ 参考 {reference}"
            : item;
        // A video match says whether the runs against that reference cover most of the new video or only part of it.
        return alarm.WholeVideo is { } whole ? $"{where} · {(whole ? "整片 (whole video)" : "片段 (partial)")}" : where;
    }

    private static string Shots(int first, int? last) => last is { } end && end != first ? $"{first + 1}–{end + 1}" : $"{first + 1}";

    /// <summary>A copy alarm's passages, the new copy on the left and the reference on the right, with their character ranges.</summary>
    private static void WritePassages(IReadOnlyList<MatchedPassage> passages)
    {
        if (passages.Count == 0)
        {
            return;
        }

        Console.WriteLine($"匹配段落 (matched passages): {passages.Count}");
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{i + 1}] 新文案 (item) 字符 {p.QueryStart}–{p.QueryStart + p.QueryLength} ‖ 参考 (reference) 字符 {p.ReferenceStart}–{p.ReferenceStart + p.ReferenceLength}"));
            Console.WriteLine($"      「{OneLine(p.QueryText)}」 ‖ 「{OneLine(p.ReferenceText)}」");
        }
    }

    private static string OneLine(string text) => TerminalText.Escape(text.ReplaceLineEndings(" "));
}
