using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Similarity;
using AssetBank.Application.Similarity.Audio;
using AssetBank.Application.Similarity.Video;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank reference import|list|remove</c>: the licensed libraries new work is checked against.</summary>
internal static class ReferenceCommand
{
    public static Command Create() => new("reference", "参考库（图库）管理 / reference libraries for copyright checks") { Import(), Export(), List(), Remove() };

    private static Command Import()
    {
        var folder = new Argument<string>("source") { Description = "参考图片（或 --kind copy 时参考文案）所在文件夹（递归），或指纹清单 .csv/.jsonl / folder of reference pictures or texts (recursive), or a fingerprint list" };
        var name = new Option<string>("--name") { Description = "库名，如 Getty、视觉中国 / library name", Required = true };
        var licence = new Option<string>("--licence", "--license") { Description = "授权，如 \"RM, contract 2024-117\" / licence", Required = true };
        var refresh = new Option<bool>("--refresh") { Description = "重新计算全部指纹（升级指纹算法后）/ fingerprint every picture again, not only new or changed ones" };
        var kind = new Option<string>("--kind") { Description = "参考内容类型：image（图片，默认）、video（视频，按镜头取关键帧）、audio（音乐、配音；视频取其音轨）或 copy（文案 .txt/.md/.docx/.pptx/.pdf）/ what the library holds: image (default), video (shot keyframes), audio (music, voice-over; a video's soundtrack) or copy (.txt/.md/.docx/.pptx/.pdf)", DefaultValueFactory = _ => "image" };
        kind.AcceptOnlyFromAmong("image", "video", "audio", "copy");
        var command = new Command("import", "导入或增量更新参考库 / import or update a library (only new or changed files are read)") { folder, name, licence, refresh, kind };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var import = services.GetRequiredService<ImportReferences>();
            var source = parse.GetValue(folder)!;
            var report = parse.GetValue(kind) == "video"
                ? await services.GetRequiredService<ImportVideoReferences>().ImportAsync(source, parse.GetValue(name)!, parse.GetValue(licence)!, parse.GetValue(refresh), new FolderProgressLine(), CliContext.Waiting, cancellationToken)
                : parse.GetValue(kind) == "audio"
                ? await services.GetRequiredService<ImportAudioReferences>().ImportAsync(source, parse.GetValue(name)!, parse.GetValue(licence)!, parse.GetValue(refresh), new FolderProgressLine(), CliContext.Waiting, cancellationToken)
                : parse.GetValue(kind) == "copy"
                ? await services.GetRequiredService<ImportCopyReferences>().ImportAsync(source, parse.GetValue(name)!, parse.GetValue(licence)!, parse.GetValue(refresh), new FolderProgressLine(), CliContext.Waiting, cancellationToken)
                : FingerprintListFile.IsList(source)
                ? await import.ImportListAsync(source, parse.GetValue(name)!, parse.GetValue(licence)!, new FolderProgressLine(), CliContext.Waiting, cancellationToken)
                : await import.ImportAsync(source, parse.GetValue(name)!, parse.GetValue(licence)!, parse.GetValue(refresh), new FolderProgressLine(), CliContext.Waiting, cancellationToken);
            foreach (var problem in report.Problems)
            {
                AnsiConsole.MarkupLine($"[yellow]跳过[/] {Markup.Escape(TerminalText.Escape(problem.RelativePath))}: {Markup.Escape(TerminalText.Escape(problem.Problem))}");
            }

            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"参考库 {Markup.Escape(report.Library)}：新增 {report.Added} · 更新 {report.Updated} · 未变 {report.Unchanged} · 移除 {report.Removed} · 跳过 {report.Problems.Count} · {report.Elapsed.TotalSeconds:0.0} s"));
            AnsiConsole.MarkupLine("资产库将在下次入库或 `assetbank alarms check` 时与参考库重新比对 (the bank is re-checked at the next ingest or `alarms check`)");
            return report.Problems.Count > 0 ? 2 : 0;
        });
        return command;
    }

    private static Command Export()
    {
        var name = new Argument<string>("name") { Description = "库名 / library name" };
        var output = new Option<string>("--out") { Description = "指纹清单 CSV（id,fingerprint）/ fingerprint list to write", Required = true };
        var command = new Command("export", "导出参考库的指纹清单 / write a library's fingerprint list (its ids and fingerprints, no pictures)") { name, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var path = parse.GetValue(output)!;
            var temporary = path + ".partial";
            int rows;
            await using (var stream = File.Create(temporary))
            {
                rows = await services.GetRequiredService<ImportReferences>().ExportListAsync(parse.GetValue(name)!, stream, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]已导出[/] {rows} 条指纹 → {Markup.Escape(path)}"));
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "列出参考库 / list libraries");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var table = new Table().AddColumns("库名", "授权", "条目 (items)", "来源", "导入时间");
            foreach (var library in await services.GetRequiredService<ImportReferences>().ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(library.Name), Markup.Escape(library.Licence), library.Items.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(library.Source), library.ImportedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "库名 / library name" };
        var command = new Command("remove", "删除参考库及其指纹 / remove a library and its fingerprints") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            await services.GetRequiredService<ImportReferences>().RemoveAsync(parse.GetValue(name)!, CliContext.Waiting, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已删除参考库[/] {Markup.Escape(parse.GetValue(name)!)}");
            return 0;
        });
        return command;
    }
}
